import { writeFileSync } from 'node:fs';
import { exportTemplate } from '../shared/export/export-template';
import { generateDesign } from '../shared/model/generate-design';
import { loadDesign } from '../shared/model/load-design';
import { serializeDesign } from '../shared/model/save-design';
import { type Measurement, measure } from './measure';

const SIZES = [100, 1000, 5000];

/** Engine benchmarks on generated designs; each entry is a pure function of the design. */
export function runBenchmarks(outputPath: string): Measurement[] {
  const results: Measurement[] = [];
  for (const size of SIZES) {
    const design = generateDesign(size, 1);
    const text = serializeDesign(design);
    const runs = size >= 5000 ? 7 : 15;
    results.push(measure('load .lambda.json (parse + validate schema)', size, () => loadDesign(text), runs));
    results.push(measure('save .lambda.json', size, () => serializeDesign(design), runs));
    results.push(measure('export SAM (YAML)', size, () => exportTemplate(design, { target: 'sam' }), runs));
    results.push(measure('export CloudFormation (YAML)', size, () => exportTemplate(design, { target: 'cfn' }), runs));
  }
  const table = results.map((r) => `${r.name.padEnd(46)} ${String(r.size).padStart(5)} nodes  median ${r.medianMs.toFixed(2).padStart(8)} ms  (min ${r.minMs.toFixed(2)}, p95 ${r.p95Ms.toFixed(2)}, max ${r.maxMs.toFixed(2)}, ${r.runs} runs)`);
  console.log(table.join('\n'));
  writeFileSync(outputPath, `${JSON.stringify({ machine: { node: process.version, platform: process.platform, arch: process.arch }, results }, null, 2)}\n`);
  return results;
}
