import { EdgeTriggerConfig, type EDGE_EVENT_TYPES } from '../../catalog/connections/configs';
import type { DesignEdge, NodeOfKind } from '../../model/design';
import type { DesignIndex, FunctionNode } from '../design-index';
import { sharedComputation } from '../incremental/read-tracking';

export type EdgeEventType = (typeof EDGE_EVENT_TYPES)[number];

/** One CloudFront association: a distribution running a Lambda@Edge function or a CloudFront Function on an event. */
export interface EdgeAssociation {
  edge: DesignEdge;
  distribution: NodeOfKind<'cloudfront'>;
  target: FunctionNode | NodeOfKind<'cloudfront-function'>;
  eventType: EdgeEventType;
}

export const isViewerEvent = (eventType: EdgeEventType): boolean => eventType.startsWith('viewer-');

/** Lambda@Edge limits that differ by event type (CloudFront quotas on Lambda@Edge). */
export const EDGE_LIMITS = {
  viewer: { memoryMB: 128, timeoutS: 5, zippedMB: 1 },
  origin: { timeoutS: 30, zippedMB: 50 },
} as const;

/** The distribution's associations, in connection order: its invoke-sync edges to functions, with their event types. */
export function associationsOf(index: DesignIndex, distribution: NodeOfKind<'cloudfront'>): EdgeAssociation[] {
  return index.out(distribution.id, 'invoke-sync').flatMap((edge) => {
    const target = index.nodeOf(edge.target, 'lambda-function') ?? index.nodeOf(edge.target, 'cloudfront-function');
    return target ? [{ edge, distribution, target, eventType: index.edgeConfig(edge, EdgeTriggerConfig).eventType }] : [];
  });
}

/** The CloudFront triggers of a Lambda@Edge function, with their event types. */
export function edgeTriggersOf(index: DesignIndex, fn: FunctionNode): EdgeAssociation[] {
  return index.cloudFrontTriggersOf(fn.id).map(({ edge, source }) => ({
    edge,
    distribution: source as NodeOfKind<'cloudfront'>,
    target: fn,
    eventType: index.edgeConfig(edge, EdgeTriggerConfig).eventType,
  }));
}

/** Functions replicated to CloudFront's edge (marked Lambda@Edge or triggered by a distribution). */
export function edgeFunctions(index: DesignIndex): readonly FunctionNode[] {
  return edgeFunctionLists(index, () => index.functions.filter((fn) => index.isEdgeFunction(fn)));
}

// Asked by a dozen rules, each of which would look at every function's triggers.
const edgeFunctionLists = sharedComputation<DesignIndex, readonly FunctionNode[]>();

/** Ids of the distributions and trigger edges, to list in a finding next to the function. */
export function triggerIds(triggers: readonly EdgeAssociation[]): { nodeIds: string[]; edgeIds: string[] } {
  return { nodeIds: triggers.map((t) => t.distribution.id), edgeIds: triggers.map((t) => t.edge.id) };
}
