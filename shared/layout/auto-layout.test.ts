import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Design } from '../model/design';
import { absoluteRect } from '../model/edits/geometry';
import { generateDesign } from '../model/generate-design';
import { loadDesign } from '../model/load-design';
import { emptyDesign } from '../model/new-design';
import { layoutDesign } from './auto-layout';

function starter(slug: string): Design {
  const loaded = loadDesign(readFileSync(new URL(`../../templates/${slug}.lambda.json`, import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error(slug);
  return loaded.design;
}

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('layoutDesign', () => {
  it('lays out left to right: trigger, then function, then destinations and data', async () => {
    const design = await layoutDesign(starter('serverless-thumbnail-pipeline'));
    const x = (id: string) => absoluteRect(design, design.nodes.find((n) => n.id === id)!).x;
    expect(x('uploads')).toBeLessThan(x('thumbnailer'));
    for (const id of ['thumbnails', 'image-metadata', 'failed-thumbnails']) expect(x('thumbnailer')).toBeLessThan(x(id));
  });

  it('keeps children inside their containers and nothing overlaps its siblings', async () => {
    const design = await layoutDesign(starter('vpc-function-nat-rds-proxy'));
    const byId = new Map(design.nodes.map((n) => [n.id, n]));
    for (const node of design.nodes) {
      const box = absoluteRect(design, node, byId);
      if (node.parentId) {
        const parent = absoluteRect(design, byId.get(node.parentId)!, byId);
        expect(box.x).toBeGreaterThanOrEqual(parent.x);
        expect(box.y).toBeGreaterThanOrEqual(parent.y);
        expect(box.x + box.width).toBeLessThanOrEqual(parent.x + parent.width);
        expect(box.y + box.height).toBeLessThanOrEqual(parent.y + parent.height);
      }
      for (const other of design.nodes) {
        if (other.id <= node.id || other.parentId !== node.parentId) continue;
        expect(overlaps(box, absoluteRect(design, other, byId)), `${node.id} overlaps ${other.id}`).toBe(false);
      }
    }
  });

  it('changes only positions and container sizes, deterministically', async () => {
    const before = starter('vpc-function-nat-rds-proxy');
    const a = await layoutDesign(before);
    const b = await layoutDesign(before);
    expect(a).toEqual(b);
    expect(a.edges).toBe(before.edges);
    expect(a.nodes.map((n) => ({ ...n, position: undefined, size: undefined }))).toEqual(before.nodes.map((n) => ({ ...n, position: undefined, size: undefined })));
  });

  it('handles an empty design and a 1,000-node design', async () => {
    const empty = emptyDesign();
    expect(await layoutDesign(empty)).toBe(empty);
    const big = await layoutDesign(generateDesign(1000, 2));
    expect(new Set(big.nodes.map((n) => `${n.parentId}:${n.position.x},${n.position.y}`)).size).toBe(big.nodes.length);
  });
});
