import { describe, expect, it } from 'vitest';
import { generateDesign } from '../../model/generate-design';
import { type Read, recordingReads } from './read-tracking';
import { trackedDesign, untracked } from './tracked-design';

const design = generateDesign(20, 3);

function readsOf(work: (tracked: typeof design) => unknown): Read[] {
  const reads = new Set<Read>();
  const tracked = trackedDesign(design);
  recordingReads(reads, () => work(tracked));
  return [...reads].sort();
}

describe('trackedDesign', () => {
  it('notes a setting read by kind, and ids and kinds not at all', () => {
    expect(readsOf((d) => d.nodes.filter((n) => n.kind === 'lambda-function').map((n) => [n.id, n.config.memorySize]))).toEqual(['n:lambda-function:config.memorySize', 'x:nodes']);
  });

  it('notes a listing or a copy of a config as a read of all its keys', () => {
    expect(readsOf((d) => Object.keys(d.nodes[0]?.config ?? {}))).toContain(`n:${design.nodes[0]?.kind}:config.*`);
  });

  it('notes names, design settings and whether the design has a part', () => {
    expect(readsOf((d) => [d.nodes[0]?.name, d.settings.region, 'source' in d, d.description])).toEqual([`n:${design.nodes[0]?.kind}:name`, 'd:description', 'd:source', 's:region', 'x:nodes'].sort());
  });

  it('gives back the plain objects', () => {
    const tracked = trackedDesign(design);
    expect(untracked(tracked)).toBe(design);
    expect(untracked(tracked.nodes[0] as object)).toBe(design.nodes[0]);
  });
});
