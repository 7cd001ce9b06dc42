import { exportTemplate } from '../shared/export/export-template';
import { importTemplate } from '../shared/import/import-template';
import { generateDesign } from '../shared/model/generate-design';

export interface BenchTemplate {
  /** The SAM template (YAML) exported from a generated design. */
  text: string;
  /** Resources in it; importing it gives a design of as many nodes. */
  resources: number;
}

function resourcesIn(text: string): number {
  const imported = importTemplate(text, 'bench.yaml');
  return imported.ok ? Object.keys(imported.design.source?.resources ?? {}).length : 0;
}

/** A generated design exported to SAM, sized to hold about `resources` resources (within 5 %). */
export function templateOf(resources: number): BenchTemplate {
  // A generated design exports about two resources per node.
  let nodes = Math.max(1, Math.round(resources / 2));
  for (let i = 0; i < 8; i++) {
    const text = exportTemplate(generateDesign(nodes, 7), { target: 'sam' });
    const count = resourcesIn(text);
    if (Math.abs(count - resources) <= resources * 0.05 || count === 0) return { text, resources: count };
    nodes = Math.max(1, Math.round((nodes * resources) / count));
  }
  const text = exportTemplate(generateDesign(nodes, 7), { target: 'sam' });
  return { text, resources: resourcesIn(text) };
}
