import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getKind } from '../catalog/registry';
import type { Design } from '../model/design';
import { loadDesign } from '../model/load-design';
import { serializeDesign } from '../model/save-design';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'templates');
const files = readdirSync(dir).filter((f) => f.endsWith('.lambda.json')).sort();

function load(file: string): { text: string; design: Design } {
  const text = readFileSync(join(dir, file), 'utf8');
  const loaded = loadDesign(text);
  if (!loaded.ok) throw new Error(`${file}: ${loaded.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return { text, design: loaded.design };
}

describe('starter designs', () => {
  it('there are at least twelve', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  for (const file of files) {
    describe(file, () => {
      it('loads, and is written exactly as serializeDesign writes it', () => {
        const { text, design } = load(file);
        expect(serializeDesign(design)).toBe(text);
      });

      it('has a name and a one-line description', () => {
        const { design } = load(file);
        expect(design.name.trim().length).toBeGreaterThan(0);
        expect(design.description.trim().length).toBeGreaterThan(20);
        expect(design.description).not.toContain('\n');
      });

      it('lays nodes out inside their containers, without two at the same place', () => {
        const { design } = load(file);
        const seen = new Set<string>();
        for (const node of design.nodes) {
          const key = `${node.parentId ?? ''}:${node.position.x},${node.position.y}`;
          expect(seen.has(key), `${node.id} overlaps`).toBe(false);
          seen.add(key);
          expect(node.position.x).toBeGreaterThanOrEqual(0);
          expect(node.position.y).toBeGreaterThanOrEqual(0);
          const parent = design.nodes.find((n) => n.id === node.parentId);
          if (parent) {
            const size = parent.size ?? getKind(parent.kind)?.container?.defaultSize;
            expect(size, `${parent.id} has a size`).toBeDefined();
            expect(node.position.x, `${node.id} inside ${parent.id}`).toBeLessThan(size?.width ?? 0);
            expect(node.position.y, `${node.id} inside ${parent.id}`).toBeLessThan(size?.height ?? 0);
          }
        }
      });

      it('reads left to right: triggers, then functions, then destinations and data', () => {
        const { design } = load(file);
        const absoluteX = (id: string): number => {
          const node = design.nodes.find((n) => n.id === id);
          return node ? node.position.x + (node.parentId ? absoluteX(node.parentId) : 0) : 0;
        };
        const flows = ['invoke-sync', 'invoke-async', 'event-source-mapping', 'on-success', 'on-failure', 'access'];
        const backToTrigger = (e: Design['edges'][number]) => design.edges.some((x) => x.source === e.target && x.target === e.source);
        for (const edge of design.edges.filter((e) => flows.includes(e.meaning) && !backToTrigger(e))) {
          expect(absoluteX(edge.source), edge.id).toBeLessThan(absoluteX(edge.target));
        }
      });
    });
  }
});
