import { writeFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { exportTemplate } from '../shared/export/export-template';
import { importTemplate } from '../shared/import/import-template';
import { layoutDesign } from '../shared/layout/auto-layout';
import type { Design } from '../shared/model/design';
import { applyConfigChanges } from '../shared/model/edits/apply-changes';
import { generateDesign } from '../shared/model/generate-design';
import { loadDesign } from '../shared/model/load-design';
import { serializeDesign } from '../shared/model/save-design';
import { validateDesign } from '../shared/rules/engine';
import { RULES } from '../shared/rules/registry';
import { type Measurement, measure, measureAsync } from './measure';

const SIZES = [100, 1000, 5000];
const TODAY = '2026-11-23';

/** What the app does on each keystroke in the inspector: one setting changes, then every rule runs again. */
function editOneSetting(design: Design, memory: number): Design {
  const fn = design.nodes.find((n) => n.kind === 'lambda-function');
  if (!fn) return design;
  const edited = applyConfigChanges(design, [{ target: 'node', id: fn.id, path: ['memorySize'], value: memory }]);
  validateDesign(edited, { today: TODAY });
  return edited;
}

/** A generated design exported to SAM, sized to hold about `resources` resources, for the importer. */
function templateOf(resources: number): { text: string; count: number } {
  let nodes = Math.round(resources / 2);
  for (let i = 0; i < 8; i++) {
    const text = exportTemplate(generateDesign(nodes, 7), { target: 'sam' });
    const imported = importTemplate(text, 'bench.yaml');
    const count = imported.ok ? Object.keys(imported.design.source?.resources ?? {}).length : 0;
    if (Math.abs(count - resources) <= resources * 0.05 || count === 0) return { text, count };
    nodes = Math.max(1, Math.round((nodes * resources) / count));
  }
  const text = exportTemplate(generateDesign(nodes, 7), { target: 'sam' });
  const imported = importTemplate(text, 'bench.yaml');
  return { text, count: imported.ok ? Object.keys(imported.design.source?.resources ?? {}).length : 0 };
}

// A collection before each heap reading, so the figure is what the design holds rather than garbage.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

function heapMb(): number {
  return Math.round((process.memoryUsage().heapUsed / 1024 / 1024) * 10) / 10;
}

/** Engine benchmarks on generated designs; each entry is a pure function of the design. */
export async function runBenchmarks(outputPath: string): Promise<Measurement[]> {
  const results: Measurement[] = [];
  const memory: Array<{ size: number; heapMbAfterLoadAndValidate: number }> = [];
  for (const size of SIZES) {
    const design = generateDesign(size, 1);
    const text = serializeDesign(design);
    const runs = size >= 5000 ? 7 : 15;
    results.push(measure('load .lambda.json (parse + validate schema)', size, () => loadDesign(text), runs));
    results.push(measure('save .lambda.json', size, () => serializeDesign(design), runs));
    // A fresh design object each run, as after every edit: nothing cached from the previous run.
    // Collected first, so the garbage of the benchmarks before is not charged to this one.
    collect();
    results.push(measure(`validate (${RULES.length} rules)`, size, () => validateDesign({ ...design }, { today: TODAY }), size >= 5000 ? 31 : 101));
    let edited = design;
    let step = 0;
    results.push(measure('edit one setting + validate', size, () => (edited = editOneSetting(edited, 256 + (step++ % 64))), size >= 5000 ? 31 : 101));
    results.push(measure('export SAM (YAML)', size, () => exportTemplate(design, { target: 'sam' }), runs));
    results.push(measure('export CloudFormation (YAML)', size, () => exportTemplate(design, { target: 'cfn' }), runs));
    if (size <= 1000) results.push(await measureAsync('auto layout (elkjs)', size, () => layoutDesign(design), size >= 1000 ? 3 : 7));
    collect();
    const before = heapMb();
    const held: unknown[] = [];
    const loaded = loadDesign(text);
    held.push(loaded, loaded.ok ? validateDesign(loaded.design, { today: TODAY }) : null);
    collect();
    memory.push({ size, heapMbAfterLoadAndValidate: Math.round((heapMb() - before) * 10) / 10 });
    if (!held[1]) throw new Error('generated design does not load');
  }
  for (const resources of [100, 500]) {
    const template = templateOf(resources);
    results.push(measure(`import SAM template (resources)`, template.count, () => importTemplate(template.text, 'bench.yaml'), 15));
    results.push(measure(`import + validate SAM template (resources)`, template.count, () => {
      const imported = importTemplate(template.text, 'bench.yaml');
      if (imported.ok) validateDesign(imported.design, { today: TODAY });
    }, 15));
  }
  const table = results.map((r) => `${r.name.padEnd(46)} ${String(r.size).padStart(5)}  median ${r.medianMs.toFixed(2).padStart(8)} ms  (min ${r.minMs.toFixed(2)}, p95 ${r.p95Ms.toFixed(2)}, max ${r.maxMs.toFixed(2)}, ${r.runs} runs)`);
  console.log(table.join('\n'));
  for (const m of memory) console.log(`heap held by a loaded and validated design of ${m.size} nodes: ${m.heapMbAfterLoadAndValidate} MB`);
  writeFileSync(outputPath, `${JSON.stringify({ machine: { node: process.version, platform: process.platform, arch: process.arch }, results, memory }, null, 2)}\n`);
  return results;
}
