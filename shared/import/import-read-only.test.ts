import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportTemplate } from '../export/export-template';
import { generateDesign } from '../model/generate-design';
import { importTemplate } from './import-template';

/**
 * `readOnly` (what `lambda-designer validate` asks) skips the schema check and works fingerprints
 * out when first read, so it is only safe while the check never changes or refuses what the
 * importer makes and the fingerprints come out the same: pinned here on every template the
 * importer reads.
 */
const corpus = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'corpus');
const corpusAvailable = existsSync(corpus);
if (!corpusAvailable) console.log(`unchecked-import corpus test skipped: no corpus at ${corpus}`);

function sameEitherWay(text: string, fileName: string): void {
  const checked = importTemplate(text, fileName);
  const unchecked = importTemplate(text, fileName, { readOnly: true });
  // Equal but for the order of a node's keys (the check writes parentId where the schema has it), which only a saved file shows.
  // Reading the fingerprints (getters) works them out.
  expect(unchecked).toStrictEqual(checked);
  expect(JSON.stringify(unchecked.ok && unchecked.design.source)).toBe(JSON.stringify(checked.ok && checked.design.source));
}

describe('importing read-only', () => {
  it.runIf(corpusAvailable)('gives what the checked import gives, on every corpus template', () => {
    const files = readdirSync(corpus).filter((f) => /\.(ya?ml|json)$/.test(f));
    expect(files.length).toBeGreaterThan(200);
    let imported = 0;
    for (const file of files) {
      const text = readFileSync(join(corpus, file), 'utf8');
      sameEitherWay(text, file);
      if (importTemplate(text, file).ok) imported++;
    }
    expect(imported).toBeGreaterThan(200);
  });

  it('gives what the checked import gives, on generated designs exported both ways', () => {
    for (const target of ['sam', 'cfn'] as const) sameEitherWay(exportTemplate(generateDesign(300, 3), { target }), `generated-${target}.yaml`);
  });

  it('still refuses what is not a template', () => {
    expect(importTemplate('Resources: [1, 2]', 'list.yaml', { readOnly: true }).ok).toBe(false);
  });
});
