import type { Design } from '../model/design';
import { DesignIndex } from './design-index';
import { Ref } from './intrinsics';
import { assignNodeIds, LogicalIds, type ReservedIds } from './logical-ids';
import type { FunctionPlan } from './function-plan';
import type { CfnOutput, CfnParameter, CfnResource, EdgeExplanation, ExportTarget } from './template-types';
import { hasDefined } from './template-values';
import { compareText } from '../model/compare-text';

/** Where a resource is printed: network first, then data, functions, and what triggers them. */
export type ResourceGroup = 'network' | 'data' | 'function' | 'trigger';
const GROUP_RANK: Record<ResourceGroup, number> = { network: 0, data: 1, function: 2, trigger: 3 };

/** What orders a resource among the others besides the order it was made in: its group's rank, then its owner's logical id. */
export interface Placement {
  rank: number;
  owner: string;
}

export function comparePlacements(a: Placement, b: Placement): number {
  return a.rank - b.rank || compareText(a.owner, b.owner);
}

interface Entry extends Placement {
  resource: CfnResource;
  group: ResourceGroup;
}

export interface AddOptions {
  group: ResourceGroup;
  /** Node that produced the resource (its logical id orders the resource, and the resource map lists it). */
  node?: string;
  /** Edge that produced the resource. */
  edge?: string;
}

const ATTRIBUTES = ['Condition', 'DeletionPolicy', 'UpdateReplacePolicy', 'CreationPolicy', 'Metadata'] as const;

/** Fixed key order (Type, attributes, DependsOn, UpdatePolicy, Properties); one dependency as a string; no empty Properties. */
function tidy(resource: CfnResource): CfnResource {
  const tidied: Record<string, unknown> = { Type: resource.Type };
  for (const attribute of ATTRIBUTES) if (resource[attribute] !== undefined) tidied[attribute] = resource[attribute];
  if (resource.DependsOn !== undefined) {
    const dependsOn = typeof resource.DependsOn === 'string' ? [resource.DependsOn] : [...new Set(resource.DependsOn)].sort();
    if (dependsOn.length === 1) tidied.DependsOn = dependsOn[0];
    else if (dependsOn.length > 1) tidied.DependsOn = dependsOn;
  }
  if (resource.UpdatePolicy) tidied.UpdatePolicy = resource.UpdatePolicy;
  if (resource.Properties && hasDefined(resource.Properties)) tidied.Properties = resource.Properties;
  return tidied as unknown as CfnResource;
}

/** The logical ids of a larger design's nodes, for exporting a part of it. */
export interface PartIds {
  /** The logical id of every node of the part (a map of more nodes will do). */
  nodeIds: ReadonlyMap<string, string>;
  /** Every node id of the larger design: ids derived in the part keep clear of them all, as in the whole. */
  reserved: ReservedIds;
}

/** Everything one export run collects: resources, parameters, outputs, and which design part made what. */
export class ExportContext {
  readonly index: DesignIndex;
  readonly nodeIds: ReadonlyMap<string, string>;
  readonly ids: LogicalIds;
  readonly parameters = new Map<string, CfnParameter>();
  /** How many times each parameter was asked for: a parameter many parts of a design share goes with the last. */
  readonly parameterUses = new Map<string, number>();
  readonly outputs = new Map<string, CfnOutput>();
  /** The node that made each output. */
  readonly outputNodes = new Map<string, string>();
  readonly nodeResources = new Map<string, string[]>();
  /** Untouched imported resources whose YAML text (with its comments) export writes back word for word. */
  readonly verbatim = new Map<string, string>();
  /** Sections of an imported template that export leaves unchanged, written back word for word. */
  readonly verbatimSections = new Map<string, string>();
  /** Blank lines and comments above imported resources and sections that export writes anew. */
  readonly resourceLeads = new Map<string, string>();
  readonly sectionLeads = new Map<string, string>();
  readonly edgeResources = new Map<string, string[]>();
  readonly explanations = new Map<string, EdgeExplanation[]>();
  /** Plans of every function, filled in by the connection emitters. */
  readonly functions = new Map<string, FunctionPlan>();
  /** Buckets that invoke functions: referred to by a name fixed in advance, never by Ref (see bucket-names). */
  readonly triggerBuckets = new Set<string>();
  /** Route table of each subnet, and internet gateway attachments of each VPC, by node id. */
  readonly routeTables = new Map<string, string>();
  readonly gatewayAttachments = new Map<string, string[]>();
  /** EFS mount targets of each file system, which functions that mount it must wait for. */
  readonly mountTargets = new Map<string, string[]>();
  private readonly entries = new Map<string, Entry>();

  /** `part` given: a part of a larger design, its nodes keeping the ids they have there (see partial-export). */
  constructor(readonly design: Design, readonly target: ExportTarget, part?: PartIds) {
    this.index = new DesignIndex(design);
    this.nodeIds = part?.nodeIds ?? assignNodeIds(design);
    const source = design.source;
    // Ids the imported template used stay reserved, so resources made for edited parts never take them.
    const sourceIds = source ? [...Object.keys(source.resources), ...Object.keys((source.sections.Parameters ?? {}) as object)] : [];
    this.ids = part ? new LogicalIds(part.reserved, true) : new LogicalIds(new Set([...this.nodeIds.values(), ...sourceIds]));
  }

  get sam(): boolean {
    return this.target === 'sam';
  }

  /** The type an imported template gave this node's own resource, when it had one. */
  importedType(nodeId: string): string | undefined {
    const type = this.design.source?.resources[nodeId]?.resource.Type;
    return typeof type === 'string' ? type : undefined;
  }

  /** Logical id of a node's main resource. */
  idOf(nodeId: string): string {
    const id = this.nodeIds.get(nodeId);
    if (id === undefined) throw new Error(`export: unknown node "${nodeId}"`);
    return id;
  }

  plan(functionNodeId: string): FunctionPlan {
    const plan = this.functions.get(functionNodeId);
    if (!plan) throw new Error(`export: "${functionNodeId}" is not a function`);
    return plan;
  }

  add(id: string, resource: CfnResource, options: AddOptions): string {
    if (this.entries.has(id)) throw new Error(`export: logical id "${id}" emitted twice`);
    this.ids.claim(id);
    const owner = options.node ? this.idOf(options.node) : id;
    this.entries.set(id, { resource, group: options.group, rank: GROUP_RANK[options.group], owner });
    if (options.node) this.mapNode(options.node, id);
    if (options.edge) this.mapEdge(options.edge, id);
    return id;
  }

  hasResources(): boolean {
    return this.entries.size > 0;
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  resource(id: string): CfnResource | undefined {
    return this.entries.get(id)?.resource;
  }

  placement(id: string): Placement | undefined {
    const entry = this.entries.get(id);
    return entry && { rank: entry.rank, owner: entry.owner };
  }

  mapNode(nodeId: string, logicalId: string): void {
    const list = this.nodeResources.get(nodeId) ?? [];
    if (!list.includes(logicalId)) list.push(logicalId);
    this.nodeResources.set(nodeId, list);
  }

  mapEdge(edgeId: string, logicalId: string): void {
    const list = this.edgeResources.get(edgeId) ?? [];
    if (!list.includes(logicalId)) list.push(logicalId);
    this.edgeResources.set(edgeId, list);
  }

  explain(edgeId: string, item: EdgeExplanation): void {
    this.explanations.set(edgeId, [...(this.explanations.get(edgeId) ?? []), item]);
    if (item.logicalId) this.mapEdge(edgeId, item.logicalId);
  }

  parameter(id: string, parameter: CfnParameter): Ref {
    this.ids.claim(id);
    this.parameters.set(id, parameter);
    this.parameterUses.set(id, (this.parameterUses.get(id) ?? 0) + 1);
    return new Ref(id);
  }

  output(id: string, output: CfnOutput, nodeId: string): void {
    this.outputs.set(id, output);
    this.outputNodes.set(id, nodeId);
  }

  /** Resources in print order: by group, then next to their owner, then in the order they were made. */
  orderedResources(): Record<string, CfnResource> {
    // The map holds them in the order they were made, and sorting is stable: that order needs no comparing.
    const sorted = [...this.entries.entries()].sort(([, a], [, b]) => comparePlacements(a, b));
    const resources: Record<string, CfnResource> = {};
    for (const [id, entry] of sorted) resources[id] = tidy(entry.resource);
    return resources;
  }
}
