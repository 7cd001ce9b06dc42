import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layering rule lives in eslint.config.js; these run it on imaginary files, as a scratch file would be.
const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layering', () => {
  it.each([
    ["import { app } from 'electron';", /must not import Electron/],
    ["import { useState } from 'react';", /must not import React/],
    ["import { ReactFlow } from '@xyflow/react';", /must not import React Flow/],
    ["import * as monaco from 'monaco-editor';", /must not import Monaco/],
    ["import { readFileSync } from 'node:fs';", /must not use Node APIs/],
    ["import { App } from '../../renderer/App';", /must not import from renderer/],
    ["import { main } from '../../cli/main';", /must not import from cli/],
    ["import { x } from '../../electron/main/index';", /must not import from electron/],
  ])('forbids shared/ from `%s`', async (code, message) => {
    const messages = await restrictedImports('shared/model/scratch.ts', `${code}\nexport {};\n`);
    expect(messages).toContainEqual(expect.stringMatching(message));
  });

  it('forbids renderer/ from importing electron/', async () => {
    const messages = await restrictedImports('renderer/scratch.ts', "import { x } from '../electron/main/index';\nexport const y = x;\n");
    expect(messages).toEqual([expect.stringMatching(/never by importing electron/)]);
  });

  it('lets shared/ import zod and its own modules', async () => {
    expect(await restrictedImports('shared/model/scratch.ts', "import { z } from 'zod';\nimport { Design } from './design';\nexport const s = [z, Design];\n")).toEqual([]);
  });
});
