import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../model/seeded-random';
import { declineSummary, readsAsYamlPackage } from './testing/fast-yaml-contract';
import { mutatedYaml, randomYaml } from './testing/random-yaml';

/** Property tests of the fast reader: on random and broken documents it declines or agrees with the yaml package. */
const corpus = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'corpus');
const corpusAvailable = existsSync(corpus);
if (!corpusAvailable) console.log(`fast reader: corpus mutations skipped, no corpus at ${corpus}`);

function run(name: string, texts: string[]): number {
  let read = 0;
  for (const text of texts) if (readsAsYamlPackage(text)) read++;
  console.log(`fast reader, ${name}: read ${read} of ${texts.length}, declined: ${declineSummary(texts).slice(0, 600)}`);
  return read;
}

describe('the fast reader declines or reads as the yaml package does', () => {
  it('random documents', () => {
    const rand = seededRandom(1);
    const read = run('random documents', Array.from({ length: 3000 }, () => randomYaml(rand, 0.05)));
    // Most are read: the property is tested on what the reader takes, not only on what it declines.
    expect(read).toBeGreaterThan(1200);
  });

  it('random documents with many odd scalars, keys and headers', () => {
    const rand = seededRandom(4);
    const read = run('odd documents', Array.from({ length: 3000 }, () => randomYaml(rand, 0.3)));
    expect(read).toBeGreaterThan(600);
  });

  it('random documents with broken lines', () => {
    const rand = seededRandom(2);
    const read = run('broken documents', Array.from({ length: 4000 }, () => mutatedYaml(rand, randomYaml(rand, 0.05), 1 + Math.floor(rand() * 3))));
    expect(read).toBeGreaterThan(500);
  });

  it.skipIf(!corpusAvailable)('corpus templates with broken lines', () => {
    const rand = seededRandom(3);
    const files = readdirSync(corpus).filter((f) => f.endsWith('.yaml')).sort();
    const texts = files.map((f) => readFileSync(join(corpus, f), 'utf8'));
    const read = run('broken corpus templates', Array.from({ length: 1500 }, () => mutatedYaml(rand, texts[Math.floor(rand() * texts.length)] as string, 1 + Math.floor(rand() * 4))));
    expect(read).toBeGreaterThan(300);
  });
});
