import type { KindId } from '../catalog/registry';
import type { Design, DesignEdge, DesignNode, NodeOfKind } from '../model/design';
import type { Meaning } from '../model/meaning';
import { byId } from '../model/compare-text';

/** Look-ups over a design, every list in id order so that the output never depends on array order. */
export class DesignIndex {
  readonly nodes: readonly DesignNode[];
  readonly edges: readonly DesignEdge[];
  private readonly nodeById = new Map<string, DesignNode>();
  private readonly outgoing = new Map<string, DesignEdge[]>();
  private readonly incoming = new Map<string, DesignEdge[]>();
  private readonly childrenOf = new Map<string, DesignNode[]>();

  constructor(readonly design: Design) {
    this.nodes = [...design.nodes].sort(byId);
    this.edges = [...design.edges].sort(byId);
    for (const node of this.nodes) {
      this.nodeById.set(node.id, node);
      if (node.parentId) this.childrenOf.set(node.parentId, [...(this.childrenOf.get(node.parentId) ?? []), node]);
    }
    for (const edge of this.edges) {
      if (!this.nodeById.has(edge.source) || !this.nodeById.has(edge.target)) continue;
      this.outgoing.set(edge.source, [...(this.outgoing.get(edge.source) ?? []), edge]);
      this.incoming.set(edge.target, [...(this.incoming.get(edge.target) ?? []), edge]);
    }
  }

  node(id: string): DesignNode | undefined {
    return this.nodeById.get(id);
  }

  nodeOf<K extends KindId>(id: string, kind: K): NodeOfKind<K> | undefined {
    const node = this.nodeById.get(id);
    return node?.kind === kind ? (node as NodeOfKind<K>) : undefined;
  }

  ofKind<K extends KindId>(kind: K): NodeOfKind<K>[] {
    return this.nodes.filter((n) => n.kind === kind) as NodeOfKind<K>[];
  }

  out(nodeId: string, meaning?: Meaning, targetKind?: KindId): DesignEdge[] {
    return (this.outgoing.get(nodeId) ?? []).filter(
      (e) => (meaning === undefined || e.meaning === meaning) && (targetKind === undefined || this.nodeById.get(e.target)?.kind === targetKind),
    );
  }

  in(nodeId: string, meaning?: Meaning, sourceKind?: KindId): DesignEdge[] {
    return (this.incoming.get(nodeId) ?? []).filter(
      (e) => (meaning === undefined || e.meaning === meaning) && (sourceKind === undefined || this.nodeById.get(e.source)?.kind === sourceKind),
    );
  }

  children(parentId: string): DesignNode[] {
    return this.childrenOf.get(parentId) ?? [];
  }

  /** The VPC a node sits in, directly or through its subnet. */
  vpcOf(nodeId: string): NodeOfKind<'vpc'> | undefined {
    let current = this.nodeById.get(nodeId);
    for (let depth = 0; current && depth < 4; depth++) {
      if (current.kind === 'vpc') return current;
      current = current.parentId ? this.nodeById.get(current.parentId) : undefined;
    }
    return undefined;
  }

  subnetsOf(vpcId: string): NodeOfKind<'subnet'>[] {
    return this.children(vpcId).filter((n) => n.kind === 'subnet') as NodeOfKind<'subnet'>[];
  }

  /** Private subnets of the VPC, or all of them when none is private. */
  privateSubnetsOf(vpcId: string): NodeOfKind<'subnet'>[] {
    const subnets = this.subnetsOf(vpcId);
    const privates = subnets.filter((s) => s.config.visibility === 'private');
    return privates.length > 0 ? privates : subnets;
  }

  publicSubnetsOf(vpcId: string): NodeOfKind<'subnet'>[] {
    const subnets = this.subnetsOf(vpcId);
    const publics = subnets.filter((s) => s.config.visibility === 'public');
    return publics.length > 0 ? publics : subnets;
  }
}
