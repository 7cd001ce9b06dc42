import type { z } from 'zod';
import type { KindId } from '../catalog/registry';
import type { Design, DesignEdge, DesignNode, NodeOfKind } from '../model/design';
import type { Meaning } from '../model/meaning';
import { isRecording, recordRead, STRUCTURE } from './incremental/read-tracking';
import { untracked } from './incremental/tracked-design';

export type FunctionNode = NodeOfKind<'lambda-function'>;
export type SubnetNode = NodeOfKind<'subnet'>;

/** How a caller runs a function: waits for it, hands Lambda an event, or has Lambda poll it. */
export type InvocationModel = 'sync' | 'async' | 'polled';

export interface Invocation {
  edge: DesignEdge;
  source: DesignNode;
  model: InvocationModel;
}

export type AccessMode = 'read' | 'write' | 'read-write';

/** A function's `access` connection to a resource. */
export interface Access {
  edge: DesignEdge;
  fn: FunctionNode;
  target: DesignNode;
  mode: AccessMode;
}

/** Where a function's network interfaces live: its subnet container plus attached subnets and groups. */
export interface FunctionNetwork {
  subnets: SubnetNode[];
  securityGroups: NodeOfKind<'security-group'>[];
  /** Every VPC the subnets and security groups belong to (more than one is a mistake). */
  vpcs: NodeOfKind<'vpc'>[];
  /** The network-attach edges involved. */
  edgeIds: string[];
}

const INVOCATION_MODELS: Partial<Record<Meaning, InvocationModel>> = {
  'invoke-sync': 'sync',
  'invoke-async': 'async',
  'event-source-mapping': 'polled',
};

const INVOKING_MEANINGS = Object.keys(INVOCATION_MODELS) as Meaning[];
const SYNC_INVOCATION: readonly Meaning[] = ['invoke-sync'];
const CLOUDFRONT: ReadonlySet<KindId> = new Set(['cloudfront']);

const NONE: readonly never[] = Object.freeze([]);

/** What asking for a connection's parsed settings reads: every setting of connections of that meaning. */
const edgeConfigReads = new Map<string, string>();
function edgeConfigRead(meaning: string): string {
  let read = edgeConfigReads.get(meaning);
  if (read === undefined) edgeConfigReads.set(meaning, (read = `e:${meaning}:config.*`));
  return read;
}
/** Connection settings as each schema parsed them, by the settings object. */
const parsedEdgeConfigs = new WeakMap<object, Map<z.ZodObject, unknown>>();

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

type EdgesByMeaning = Map<Meaning, DesignEdge[]>;

/**
 * Look-ups the rules share, built once per validation in one pass over nodes and edges: nodes by id
 * and kind, edges in and out by meaning, containment, who invokes each function and how, what each
 * function reads and writes, its layers and its network. Lists keep the document's order.
 */
export class DesignIndex {
  private readonly nodeList: readonly DesignNode[];
  private readonly edgeList: readonly DesignEdge[];
  readonly settings: Design['settings'];
  /** The day the rules judge dates against (ISO yyyy-mm-dd). */
  readonly today: string;

  private readonly byId = new Map<string, DesignNode>();
  private readonly byKind = new Map<string, DesignNode[]>();
  private readonly outgoing = new Map<string, DesignEdge[]>();
  private readonly incoming = new Map<string, DesignEdge[]>();
  private readonly edgesById = new Map<string, DesignEdge>();
  private readonly outByMeaning = new Map<string, EdgesByMeaning>();
  private readonly inByMeaning = new Map<string, EdgesByMeaning>();
  private readonly childrenOf = new Map<string, DesignNode[]>();
  private readonly networks = new Map<string, FunctionNetwork>();
  private readonly byMeaning = new Map<Meaning, DesignEdge[]>();

  constructor(readonly design: Design, today: string) {
    this.today = today;
    this.settings = design.settings;
    this.nodeList = design.nodes;
    // The structure is read from the plain design: a tracked design (incremental validation) hands
    // out the same nodes behind proxies, which the index keeps, but whose every read costs a trap.
    const plain = untracked(design);
    const plainNodes = plain.nodes;
    for (let i = 0; i < plainNodes.length; i++) {
      const { id, kind } = plainNodes[i] as DesignNode;
      const node = this.nodeList[i] as DesignNode;
      this.byId.set(id, node);
      push(this.byKind, kind, node);
    }
    for (let i = 0; i < plainNodes.length; i++) {
      const { parentId } = plainNodes[i] as DesignNode;
      if (parentId && this.byId.has(parentId)) push(this.childrenOf, parentId, this.nodeList[i] as DesignNode);
    }
    const edges: DesignEdge[] = [];
    const trackedEdges = design.edges;
    plain.edges.forEach(({ id, source, target, meaning }, i) => {
      if (!this.byId.has(source) || !this.byId.has(target)) return;
      const edge = trackedEdges[i] as DesignEdge;
      edges.push(edge);
      this.edgesById.set(id, edge);
      push(this.outgoing, source, edge);
      push(this.incoming, target, edge);
      push(this.byMeaning, meaning, edge);
      this.bucket(this.outByMeaning, source, meaning, edge);
      this.bucket(this.inByMeaning, target, meaning, edge);
    });
    this.edgeList = edges;
  }

  get nodes(): readonly DesignNode[] {
    recordRead(STRUCTURE.nodes);
    return this.nodeList;
  }

  /** Connections whose ends are both in the design. */
  get edges(): readonly DesignEdge[] {
    recordRead(STRUCTURE.edges);
    return this.edgeList;
  }

  get functions(): readonly FunctionNode[] {
    return this.ofKind('lambda-function');
  }

  /** The node by id, noting that what asked depends on that node staying (or, when there is none, on none being added). */
  private found(id: string): DesignNode | undefined {
    const node = this.byId.get(id);
    if (isRecording()) recordRead(node ? STRUCTURE.gone(id) : STRUCTURE.added);
    return node;
  }

  private bucket(map: Map<string, EdgesByMeaning>, key: string, meaning: Meaning, edge: DesignEdge): void {
    let byMeaning = map.get(key);
    if (!byMeaning) map.set(key, (byMeaning = new Map()));
    push(byMeaning, meaning, edge);
  }

  node(id: string): DesignNode | undefined {
    return this.found(id);
  }

  /** The node's name as the user typed it, for messages. */
  name(id: string): string {
    return `“${this.found(id)?.name ?? id}”`;
  }

  nodeOf<K extends KindId>(id: string, kind: K): NodeOfKind<K> | undefined {
    const node = this.found(id);
    return node?.kind === kind ? (node as NodeOfKind<K>) : undefined;
  }

  ofKind<K extends KindId>(kind: K): readonly NodeOfKind<K>[] {
    recordRead(STRUCTURE.kind(kind));
    return (this.byKind.get(kind) ?? NONE) as readonly NodeOfKind<K>[];
  }

  out(nodeId: string, meaning?: Meaning): readonly DesignEdge[] {
    if (meaning === undefined) {
      recordRead(STRUCTURE.edges);
      return this.outgoing.get(nodeId) ?? NONE;
    }
    recordRead(STRUCTURE.meaning(meaning));
    return this.outByMeaning.get(nodeId)?.get(meaning) ?? NONE;
  }

  in(nodeId: string, meaning?: Meaning): readonly DesignEdge[] {
    if (meaning === undefined) {
      recordRead(STRUCTURE.edges);
      return this.incoming.get(nodeId) ?? NONE;
    }
    recordRead(STRUCTURE.meaning(meaning));
    return this.inByMeaning.get(nodeId)?.get(meaning) ?? NONE;
  }

  /** Incoming connections of any of these meanings, in document order: a read of those meanings (and of their order among one another) only. */
  inAmong(nodeId: string, meanings: readonly Meaning[]): DesignEdge[] {
    return this.among(this.incoming.get(nodeId), meanings, nodeId, STRUCTURE.into);
  }

  /** Outgoing connections of any of these meanings, in document order (see inAmong). */
  outAmong(nodeId: string, meanings: readonly Meaning[]): DesignEdge[] {
    return this.among(this.outgoing.get(nodeId), meanings, nodeId, STRUCTURE.outOf);
  }

  /** Read per node: a computation that follows a few nodes' connections (the traffic flow) does not depend on the others'. */
  private among(edges: readonly DesignEdge[] | undefined, meanings: readonly Meaning[], nodeId: string, read: (meaning: string, nodeId: string) => string): DesignEdge[] {
    if (isRecording()) {
      for (const meaning of meanings) recordRead(read(meaning, nodeId));
      recordRead(STRUCTURE.edgeOrder);
    }
    return edges ? edges.filter((edge) => meanings.includes(edge.meaning)) : [];
  }

  /** The connection with this id whose ends are both in the design: a read of the target's connections of its meaning (or, when there is none, of every connection). */
  edge(id: string): DesignEdge | undefined {
    const edge = this.edgesById.get(id);
    if (isRecording()) recordRead(edge ? STRUCTURE.into(edge.meaning, edge.target) : STRUCTURE.edges);
    return edge;
  }

  /** Every edge of one meaning, in document order. */
  edgesWith(meaning: Meaning): readonly DesignEdge[] {
    recordRead(STRUCTURE.meaning(meaning));
    return this.byMeaning.get(meaning) ?? NONE;
  }

  /** The edge's settings with defaults filled in (settings that do not parse fall back to the defaults), parsed once. */
  edgeConfig<S extends z.ZodObject>(edge: DesignEdge, schema: S): z.output<S> {
    // Parsed once per settings object for all rules and validations (edits replace the settings they
    // change): each rule that asks depends on every setting of such connections.
    recordRead(edgeConfigRead(edge.meaning));
    const plain = untracked(edge).config;
    let parsedBySchema = parsedEdgeConfigs.get(plain);
    if (!parsedBySchema) parsedEdgeConfigs.set(plain, (parsedBySchema = new Map()));
    const known = parsedBySchema.get(schema);
    if (known !== undefined) return known as z.output<S>;
    const parsed = schema.safeParse(plain);
    const config = parsed.success ? parsed.data : schema.parse({});
    parsedBySchema.set(schema, config);
    return config;
  }

  children(parentId: string): readonly DesignNode[] {
    recordRead(STRUCTURE.parents);
    return this.childrenOf.get(parentId) ?? NONE;
  }

  /** The VPC a node sits in, directly or through its subnet. */
  vpcOf(nodeId: string): NodeOfKind<'vpc'> | undefined {
    recordRead(STRUCTURE.parents);
    let current = this.byId.get(nodeId);
    for (let depth = 0; current && depth < 4; depth++) {
      if (current.kind === 'vpc') return current;
      current = current.parentId ? this.byId.get(current.parentId) : undefined;
    }
    return undefined;
  }

  /** Triggers and callers of a function (incoming invoke and polling edges), with how each runs it. */
  invocationsOf(fnId: string): Invocation[] {
    const result: Invocation[] = [];
    for (const edge of this.inAmong(fnId, INVOKING_MEANINGS)) {
      const model = INVOCATION_MODELS[edge.meaning];
      if (model) result.push({ edge, source: this.found(edge.source) as DesignNode, model });
    }
    return result;
  }

  /** Whether any caller invokes the function asynchronously. */
  isInvokedAsync(fnId: string): boolean {
    return this.in(fnId, 'invoke-async').length > 0;
  }

  /** What the function reads and writes through `access` connections. */
  accessesOf(fn: FunctionNode): Access[] {
    return this.out(fn.id, 'access').map((edge) => ({ edge, fn, target: this.byId.get(edge.target) as DesignNode, mode: accessMode(edge) }));
  }

  /** Functions that read or write the resource. */
  accessorsOf(resourceId: string): Access[] {
    const result: Access[] = [];
    for (const edge of this.in(resourceId, 'access')) {
      const fn = this.nodeOf(edge.source, 'lambda-function');
      if (fn) result.push({ edge, fn, target: this.byId.get(resourceId) as DesignNode, mode: accessMode(edge) });
    }
    return result;
  }

  /** Layers the function loads, in connection order. */
  layersOf(fnId: string): { edge: DesignEdge; layer: NodeOfKind<'lambda-layer'> }[] {
    return this.in(fnId, 'uses-layer').flatMap((edge) => {
      const layer = this.nodeOf(edge.source, 'lambda-layer');
      return layer ? [{ edge, layer }] : [];
    });
  }

  /** Invocations by CloudFront (Lambda@Edge triggers): synchronous, the only way the catalog (and so the exporter) connects a distribution to a function. */
  cloudFrontTriggersOf(fnId: string): Invocation[] {
    return this.syncCallersOf(fnId, CLOUDFRONT);
  }

  /**
   * Callers of these kinds: for APIs, user pools and distributions, which the catalog connects to
   * functions synchronously only, a read of the function's synchronous callers, not of its triggers.
   */
  syncCallersOf(fnId: string, kinds: ReadonlySet<KindId>): Invocation[] {
    const callers: Invocation[] = [];
    for (const edge of this.inAmong(fnId, SYNC_INVOCATION)) {
      const source = this.found(edge.source) as DesignNode;
      if (kinds.has(source.kind)) callers.push({ edge, source, model: 'sync' });
    }
    return callers;
  }

  /** Replicated to CloudFront's edge: marked so, or triggered by a distribution (as the exporter decides). */
  isEdgeFunction(fn: FunctionNode): boolean {
    return fn.config.lambdaEdge || this.cloudFrontTriggersOf(fn.id).length > 0;
  }

  /** The function's subnets (its container and attached ones), security groups and VPCs. */
  networkOf(fn: FunctionNode): FunctionNetwork {
    // What the network is made of, noted for every asker: the cached answer reads nothing.
    recordRead(STRUCTURE.parents);
    recordRead(STRUCTURE.meaning('network-attach'));
    const known = this.networks.get(fn.id);
    if (known) return known;
    const subnets = new Set<SubnetNode>();
    const securityGroups = new Set<NodeOfKind<'security-group'>>();
    const edgeIds: string[] = [];
    const container = fn.parentId ? this.nodeOf(fn.parentId, 'subnet') : undefined;
    if (container) subnets.add(container);
    for (const edge of this.out(fn.id, 'network-attach')) {
      const subnet = this.nodeOf(edge.target, 'subnet');
      const group = this.nodeOf(edge.target, 'security-group');
      if (subnet) subnets.add(subnet);
      if (group) securityGroups.add(group);
      edgeIds.push(edge.id);
    }
    const vpcs = new Set<NodeOfKind<'vpc'>>();
    for (const member of [...subnets, ...securityGroups]) {
      const vpc = this.vpcOf(member.id);
      if (vpc) vpcs.add(vpc);
    }
    const network = { subnets: [...subnets], securityGroups: [...securityGroups], vpcs: [...vpcs], edgeIds };
    this.networks.set(fn.id, network);
    return network;
  }

  /** Whether the function runs in a VPC (the exporter gives it a VpcConfig). */
  inVpc(fn: FunctionNode): boolean {
    const network = this.networkOf(fn);
    return network.subnets.length > 0 || network.securityGroups.length > 0;
  }

  /** Where a subnet's route table sends traffic: NAT gateways, internet gateways, VPC endpoints. */
  routesOf(subnetId: string): { edge: DesignEdge; target: DesignNode }[] {
    return this.out(subnetId, 'route').map((edge) => ({ edge, target: this.byId.get(edge.target) as DesignNode }));
  }
}

function accessMode(edge: DesignEdge): AccessMode {
  const mode = edge.config.mode;
  return mode === 'read' || mode === 'write' || mode === 'read-write' ? mode : 'read-write';
}
