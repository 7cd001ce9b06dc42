import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GOLDEN_DESIGNS, goldenFiles } from './golden-designs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('golden exports (regenerate with `node scripts/update-generated.mjs`)', () => {
  for (const name of GOLDEN_DESIGNS) {
    it(`${name} exports as pinned`, () => {
      const design = readFileSync(join(root, 'templates', `${name}.lambda.json`), 'utf8');
      for (const { file, content } of goldenFiles(name, design)) {
        expect(content, file).toBe(readFileSync(join(root, 'test', 'fixtures', 'golden', file), 'utf8'));
      }
    });
  }
});
