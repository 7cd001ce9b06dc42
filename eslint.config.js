import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const otherFolders = ['electron', 'renderer', 'cli', 'test', 'scripts', 'templates'];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'release/', 'test-results/', 'playwright-report/', 'test/artifacts/', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // The domain core runs unchanged in Node, the renderer and the CLI: no UI, no Electron, no Node APIs.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'electron/*'], message: 'shared/ is the domain core: it must not import Electron.' },
          { group: ['react', 'react/*', 'react-dom', 'react-dom/*'], message: 'shared/ is the domain core: it must not import React.' },
          { group: ['@xyflow/*'], message: 'shared/ is the domain core: it must not import React Flow.' },
          { group: ['monaco-editor', 'monaco-editor/*', 'monaco-yaml'], message: 'shared/ is the domain core: it must not import Monaco.' },
          { group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'events'], message: 'shared/ is the domain core: it must not use Node APIs.' },
          ...otherFolders.map((f) => ({ group: [`**/${f}/*`, `**/${f}`], message: `shared/ must not import from ${f}/.` })),
        ],
      }],
    },
  },
  {
    files: ['shared/**/*.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/electron/*', '**/electron', 'electron'], message: 'renderer/ talks to the main process only through window.designer (preload), never by importing electron/.' },
          { group: ['**/cli/*'], message: 'renderer/ must not import the CLI.' },
        ],
      }],
    },
  },
);
