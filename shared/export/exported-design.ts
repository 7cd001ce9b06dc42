import type { Design } from '../model/design';
import type { ExportContext, Placement } from './context';
import type { ExportAnalysis } from './export-template';
import type { CfnOutput } from './template-types';

/** An output, with the node that made it. */
export interface MadeOutput {
  id: string;
  output: CfnOutput;
  nodeId: string;
}

/** The last full or partial export: its design, the analysis (equal to analyzeExport's), and what the next partial export needs of it. */
export interface ExportedDesign {
  design: Design;
  analysis: ExportAnalysis;
  /** The node ids a full export worked out; after a partial export, the map NodeIdsAlongEdits updates in place. */
  nodeIds: ReadonlyMap<string, string>;
  /** The template's logical ids in order. */
  order: readonly string[];
  /** Group rank and owner of every resource of the template (see ExportContext.orderedResources): kept along partial exports, updated in place. */
  placements: Map<string, Placement>;
  /** The ids of the nodes and of the edges, in id order: the keys of the resource map's and explanations' records. */
  recordKeys: { nodes: readonly string[]; edges: readonly string[] };
  /** How many times the export asked for each parameter (ExportContext.parameterUses). */
  parameterUses: ReadonlyMap<string, number>;
  /** Every output the design makes, in order: the template holds the first 200 (MAX_OUTPUTS). */
  outputs: readonly MadeOutput[];
  /**
   * The rank of each kind of node that makes outputs: the export makes them kind by kind, each kind's
   * nodes in id order. Undefined when the outputs did not come in such an order.
   */
  outputKinds: ReadonlyMap<string, number> | undefined;
}

/** What a full export leaves for the partial exports after it. */
export function exportedDesign(design: Design, analysis: ExportAnalysis, ctx: ExportContext): ExportedDesign {
  const order = Object.keys(analysis.template.Resources);
  const placements = new Map(order.map((id) => [id, ctx.placement(id) as Placement]));
  const outputs = madeOutputs(ctx);
  const recordKeys = { nodes: ctx.index.nodes.map((n) => n.id), edges: ctx.index.edges.map((e) => e.id) };
  return {
    design, analysis, nodeIds: ctx.nodeIds, order, placements, recordKeys, parameterUses: ctx.parameterUses, outputs,
    outputKinds: outputKinds(outputs, (id) => ctx.index.node(id)?.kind),
  };
}

/** The outputs an export run made, in order, with their nodes. */
export function madeOutputs(ctx: ExportContext): MadeOutput[] {
  return [...ctx.outputs].map(([id, output]) => ({ id, output, nodeId: ctx.outputNodes.get(id) as string }));
}

function outputKinds(outputs: readonly MadeOutput[], kindOf: (nodeId: string) => string | undefined): Map<string, number> | undefined {
  const ranks = new Map<string, number>();
  let last: { rank: number; nodeId: string } | undefined;
  for (const { nodeId } of outputs) {
    const kind = kindOf(nodeId);
    if (kind === undefined) return undefined;
    if (!ranks.has(kind)) ranks.set(kind, ranks.size);
    const rank = ranks.get(kind) as number;
    if (last && (rank < last.rank || (rank === last.rank && nodeId < last.nodeId))) return undefined;
    last = { rank, nodeId };
  }
  return ranks;
}
