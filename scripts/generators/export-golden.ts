// Regenerates the golden exports (test/fixtures/golden/*.sam.yaml|*.cfn.yaml) from the starter designs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOLDEN_DESIGNS, goldenFiles } from '../../shared/export/golden-designs';

export function generate(root: string): string[] {
  const dir = join(root, 'test', 'fixtures', 'golden');
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const name of GOLDEN_DESIGNS) {
    const text = readFileSync(join(root, 'templates', `${name}.lambda.json`), 'utf8');
    for (const { file, content } of goldenFiles(name, text)) {
      writeFileSync(join(dir, file), content);
      written.push(join('test', 'fixtures', 'golden', file));
    }
  }
  return written;
}
