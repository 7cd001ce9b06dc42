// `npm run test:update`: regenerates the files that tests compare against (golden exports, references).
// Each generator is a TypeScript module exporting `generate(root)`, which returns the paths it wrote;
// it is bundled with esbuild (as scripts/build-cli.mjs does) and run in this process.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Add a generator here: what it makes, and its entry module. */
export const GENERATORS = [
  { name: 'golden SAM and CloudFormation exports', entry: 'scripts/generators/export-golden.ts' },
];

async function run(generator, outDir) {
  const outfile = join(outDir, `${generator.entry.replace(/[^A-Za-z0-9]+/g, '-')}.mjs`);
  await build({
    entryPoints: [join(root, generator.entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  const module = await import(pathToFileURL(outfile).href);
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
