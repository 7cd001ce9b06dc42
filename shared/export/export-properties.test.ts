import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDesignObject } from '../model/load-design';
import { analyzeExport, exportTemplate, renderTemplate, resourceMap } from './export-template';
import { arbitraryDesign, everyConnectionDesign } from './sample-designs.test-support';
import { danglingReferences, exported } from './template-checks.test-support';
import { readShortForm } from './yaml-short-form.test-support';

const targets = ['sam', 'cfn'] as const;

describe('deterministic and stable', () => {
  const design = everyConnectionDesign();

  it('exports the same design to the same bytes, whatever the order of its nodes and edges', () => {
    const shuffled = { ...design, nodes: [...design.nodes].reverse(), edges: [...design.edges].reverse() };
    for (const target of targets) {
      for (const format of ['yaml', 'json'] as const) {
        const first = exportTemplate(design, { target, format });
        expect(exportTemplate(design, { target, format })).toBe(first);
        expect(exportTemplate(shuffled, { target, format })).toBe(first);
        expect(renderTemplate(analyzeExport(design, target).template, format)).toBe(first);
      }
    }
  });

  it('keeps every other logical id when a component that no connection id names is renamed', () => {
    const renamed = { ...design, nodes: design.nodes.map((n) => (n.id === 'secret' ? { ...n, name: 'Incoming orders' } : n)) };
    for (const target of targets) {
      const before = resourceMap(design, target);
      const after = resourceMap(renamed, target);
      expect(after.nodes.secret).toEqual(['IncomingOrders']);
      for (const node of design.nodes) {
        if (node.id !== 'secret') expect(after.nodes[node.id], node.id).toEqual(before.nodes[node.id]);
      }
    }
  });

  it('keeps a component’s logical ids when an unrelated component is added', () => {
    const grown = { ...design, nodes: [...design.nodes, { ...design.nodes.find((n) => n.kind === 'sns-topic')!, id: 'zz-topic', name: 'Another topic' }] };
    for (const target of targets) {
      const before = resourceMap(design, target).nodes;
      const after = resourceMap(grown, target).nodes;
      for (const node of design.nodes) expect(after[node.id], node.id).toEqual(before[node.id]);
    }
  });
});

describe('any valid design', () => {
  it('exports without dangling references; YAML and JSON agree; the resource map names real resources', () => {
    fc.assert(
      fc.property(arbitraryDesign, (design) => {
        expect(parseDesignObject(JSON.parse(JSON.stringify(design))).ok).toBe(true);
        for (const target of targets) {
          const template = exported(design, target);
          expect(danglingReferences(template)).toEqual([]);
          expect(Object.keys(template.Resources).length).toBeGreaterThan(0);
          expect(readShortForm(exportTemplate(design, { target }))).toEqual(template);
          const { resourceMap: map, explanations } = analyzeExport(design, target);
          for (const ids of [...Object.values(map.nodes), ...Object.values(map.edges)]) for (const id of ids) expect(template.Resources[id]).toBeDefined();
          for (const edge of design.edges) expect(explanations[edge.id]?.length, `${edge.id} (${target})`).toBeGreaterThan(0);
        }
      }),
      { numRuns: 60, seed: 20261123 },
    );
  });
});
