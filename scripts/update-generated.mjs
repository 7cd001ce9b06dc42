// `npm run test:update`: regenerates the files that tests compare against (golden exports, references).
// Each generator is a TypeScript module exporting `generate(root)`, which returns the paths it wrote;
// it is bundled with esbuild (as scripts/build-cli.mjs does) and run in this process.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importBundled, root } from './bundle-ts.mjs';

/** Add a generator here: what it makes, and its entry module. */
export const GENERATORS = [
  { name: 'golden SAM and CloudFormation exports', entry: 'scripts/generators/export-golden.ts' },
  { name: 'rules reference (docs/rules.md)', entry: 'scripts/generators/rules-reference.ts' },
];

async function run(generator, outDir) {
  const module = await importBundled(generator.entry, join(outDir, `${generator.entry.replace(/[^A-Za-z0-9]+/g, '-')}.mjs`));
  return module.generate(root);
}

const outDir = mkdtempSync(join(tmpdir(), 'lambda-designer-generated-'));
try {
  for (const generator of GENERATORS) {
    const written = await run(generator, outDir);
    console.log(`✔ ${generator.name}: ${written.length} file${written.length === 1 ? '' : 's'}`);
    for (const file of written) console.log(`  ${file}`);
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
