import fc from 'fast-check';
import { canContain, connectionOptions } from '../catalog/connection-table';
import { KINDS } from '../catalog/registry';
import type { Design } from '../model/design';
import { createEdge, createNode, emptyDesign } from '../model/new-design';

const KIND_IDS = KINDS.map((k) => k.id);

/**
 * Arbitrary designs the editor could make: nodes of any kind, each placed in a container that may
 * hold it (or at the top level), and edges only where the connection table allows them.
 */
export function arbitraryDesign(maxNodes = 24): fc.Arbitrary<Design> {
  const node = fc.record({ kind: fc.constantFrom(...KIND_IDS), parentPick: fc.nat(), x: fc.integer({ min: -500, max: 500 }), y: fc.integer({ min: -500, max: 500 }) });
  const edge = fc.record({ source: fc.nat(), target: fc.nat(), option: fc.nat() });
  return fc.record({ nodes: fc.array(node, { maxLength: maxNodes }), edges: fc.array(edge, { maxLength: maxNodes * 2 }) }).map(({ nodes, edges }) => {
    const design = emptyDesign('Arbitrary');
    for (const [i, spec] of nodes.entries()) {
      const parents = design.nodes.filter((n) => canContain(n.kind, spec.kind));
      const parent = spec.parentPick % (parents.length + 1) < parents.length ? parents[spec.parentPick % (parents.length + 1)] : undefined;
      design.nodes.push(createNode(design, spec.kind, { id: `n${i}`, position: { x: spec.x, y: spec.y }, ...(parent ? { parentId: parent.id } : {}) }));
    }
    if (design.nodes.length === 0) return design;
    for (const spec of edges) {
      const source = design.nodes[spec.source % design.nodes.length]!;
      const target = design.nodes[spec.target % design.nodes.length]!;
      const answer = connectionOptions(source.kind, target.kind);
      if (!answer.ok || source.id === target.id) continue;
      const option = answer.options[spec.option % answer.options.length]!;
      design.edges.push(createEdge(design, source.id, target.id, option.meaning, {}, `e${design.edges.length}`));
    }
    return design;
  });
}
