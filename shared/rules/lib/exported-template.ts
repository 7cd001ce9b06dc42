import { buildTemplate } from '../../export/build-template';
import type { CfnOutput, CfnTemplate } from '../../export/template-types';
import type { Design } from '../../model/design';
import type { DesignIndex } from '../design-index';
import { EXPORTED, recordRead } from '../incremental/read-tracking';
import { untracked } from '../incremental/tracked-design';

/** The plain CloudFormation template export writes for the design, with what made each resource. */
export interface ExportedTemplate {
  template: CfnTemplate;
  /** Every output export made, in order, before it kept the first 200. */
  outputs: [string, CfnOutput][];
  /** Nodes that produced each logical id (several for resources functions share, such as the CodeDeploy application). */
  nodesOf: Map<string, string[]>;
  /** Edges that produced each logical id. */
  edgesOf: Map<string, string[]>;
}

const built = new WeakMap<Design, ExportedTemplate | null>();

function invert(owners: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const [owner, logicalIds] of owners) {
    for (const id of logicalIds) {
      const list = result.get(id);
      if (list) list.push(owner);
      else result.set(id, [owner]);
    }
  }
  return result;
}

/**
 * The template as the CloudFormation export writes it (what the SAM transform expands to), built
 * once per design. Undefined when the design cannot be exported (such as a generic resource whose
 * properties are not YAML), which other rules report.
 */
export function exportedTemplate(index: DesignIndex): ExportedTemplate | undefined {
  // The export reads nearly every part of the design: any change it sees may change it. It reads the plain design, faster.
  recordRead(EXPORTED);
  const design = untracked(index.design);
  const known = built.get(design);
  if (known !== undefined) return known ?? undefined;
  let result: ExportedTemplate | null = null;
  try {
    // The exporter reads the design and its record of an imported template, and changes neither (tested).
    const { template, ctx } = buildTemplate(design, 'cfn');
    const nodesOf = invert(ctx.nodeResources);
    // Resources of nodes not edited since import keep the node's id as their logical id.
    for (const node of design.nodes) if (node.id in template.Resources && !nodesOf.has(node.id)) nodesOf.set(node.id, [node.id]);
    result = { template, outputs: [...ctx.outputs.entries()], nodesOf, edgesOf: invert(ctx.edgeResources) };
  } catch {
    result = null;
  }
  built.set(design, result);
  return result ?? undefined;
}
