import { canonicalJson } from './canonical-json';
import type { Design } from './design';
import { byId } from './compare-text';


/** The text of a `.lambda.json` file: stable key order, 2-space indent, nodes and edges sorted by id. */
export function serializeDesign(design: Design): string {
  return canonicalJson({
    ...design,
    nodes: [...design.nodes].sort(byId),
    edges: [...design.edges].sort(byId),
    suppressions: [...design.suppressions].sort((a, b) => `${a.nodeId} ${a.ruleId}`.localeCompare(`${b.nodeId} ${b.ruleId}`)),
  });
}
