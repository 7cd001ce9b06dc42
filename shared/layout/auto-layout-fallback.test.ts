import type * as ElkModule from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk.bundled.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { loadDesign } from '../model/load-design';
import { layoutDesign } from './auto-layout';

const calls: string[] = [];

// An ELK that fails on every graph laying containers out together with their contents, as ELK
// has done on some nested graphs.
vi.mock('elkjs/lib/elk.bundled.js', async (importOriginal) => {
  const { default: RealElk } = await importOriginal<typeof ElkModule>();
  const nested = (graph: ElkNode): boolean => graph.layoutOptions?.['elk.hierarchyHandling'] === 'INCLUDE_CHILDREN' || (graph.children ?? []).some(nested);
  class FailingElk extends RealElk {
    override layout(graph: ElkNode, ...rest: unknown[]): ReturnType<InstanceType<typeof RealElk>['layout']> {
      calls.push(graph.id);
      if (nested(graph)) return Promise.reject(new Error('java.lang.NullPointerException'));
      return (super.layout as (...args: unknown[]) => ReturnType<InstanceType<typeof RealElk>['layout']>)(graph, ...rest);
    }
  }
  return { default: FailingElk };
});

describe('layoutDesign when ELK fails', () => {
  it('still lays every node out, containers holding their contents', async () => {
    const loaded = loadDesign(readFileSync(new URL('../../templates/vpc-function-nat-rds-proxy.lambda.json', import.meta.url), 'utf8'));
    if (!loaded.ok) throw new Error('starter design');
    const laid = await layoutDesign(loaded.design);
    // One run for all groups, then each group carefully, then each group simply.
    expect(calls[0]).toBe('__design');
    expect(calls.filter((id) => id === '__group').length).toBeGreaterThanOrEqual(2);
    const byId = new Map(laid.nodes.map((n) => [n.id, n]));
    for (const node of laid.nodes.filter((n) => n.parentId)) {
      const parent = byId.get(node.parentId!)!;
      expect(node.position.y).toBeGreaterThanOrEqual(36);
      expect(node.position.x + (node.size?.width ?? 220)).toBeLessThanOrEqual(parent.size!.width);
      expect(node.position.y + (node.size?.height ?? 56)).toBeLessThanOrEqual(parent.size!.height);
    }
    expect(laid.nodes.map((n) => n.position)).not.toEqual(loaded.design.nodes.map((n) => n.position));
  });
});
