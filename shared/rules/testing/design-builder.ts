import type { Design, DesignNode } from '../../model/design';
import { parseDesignObject } from '../../model/load-design';
import type { Meaning } from '../../model/meaning';
import { createEdge, createNode, emptyDesign } from '../../model/new-design';

export interface NodeOptions {
  name?: string;
  parentId?: string;
}

/** Ids of the network `DesignBuilder.network` draws. */
export interface TestNetwork {
  vpc: string;
  publicSubnet: string;
  privateA: string;
  privateB: string;
  internetGateway: string;
  nat?: string;
}

const titleCase = (id: string) => id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' ');

/**
 * Small designs for rule tests, drawn with the editor's own createNode/createEdge so defaults and
 * connection settings are those a user gets. Names default to the id in title case ("orders-fn" →
 * "Orders fn").
 */
export class DesignBuilder {
  readonly design: Design = emptyDesign('Rule test');

  node(kind: string, id: string, config: Record<string, unknown> = {}, options: NodeOptions = {}): string {
    const node: DesignNode = createNode(this.design, kind, {
      id,
      name: options.name ?? titleCase(id),
      config,
      ...(options.parentId ? { parentId: options.parentId } : {}),
    });
    this.design.nodes.push(node);
    return id;
  }

  fn(id: string, config: Record<string, unknown> = {}, options: NodeOptions = {}): string {
    return this.node('lambda-function', id, config, options);
  }

  edge(source: string, target: string, meaning: Meaning, config: Record<string, unknown> = {}): string {
    const edge = createEdge(this.design, source, target, meaning, config, `${source}-${meaning}-${target}`);
    this.design.edges.push(edge);
    return edge.id;
  }

  settings(settings: Partial<Design['settings']>): this {
    Object.assign(this.design.settings, settings);
    return this;
  }

  suppress(ruleId: string, nodeId: string, reason = 'accepted in review'): this {
    this.design.suppressions.push({ ruleId, nodeId, reason });
    return this;
  }

  /** Makes the design one imported from a template: its record of the template's sections and resources. */
  imported(sections: Record<string, unknown>, resources: Record<string, Record<string, unknown>>): this {
    this.design.source = { sections, resources: Object.fromEntries(Object.entries(resources).map(([id, resource]) => [id, { resource }])) };
    return this;
  }

  /**
   * A VPC with a public subnet (internet gateway route, NAT gateway unless `nat` is false) and two
   * private subnets in two zones routed to the NAT gateway.
   */
  network(options: { nat?: boolean; prefix?: string } = {}): TestNetwork {
    const p = options.prefix ?? '';
    const vpc = this.node('vpc', `${p}vpc`);
    const publicSubnet = this.node('subnet', `${p}public-a`, { visibility: 'public', availabilityZone: 'us-east-1a', cidr: '10.0.0.0/24' }, { parentId: vpc });
    const privateA = this.node('subnet', `${p}private-a`, { visibility: 'private', availabilityZone: 'us-east-1a', cidr: '10.0.1.0/24' }, { parentId: vpc });
    const privateB = this.node('subnet', `${p}private-b`, { visibility: 'private', availabilityZone: 'us-east-1b', cidr: '10.0.2.0/24' }, { parentId: vpc });
    const internetGateway = this.node('internet-gateway', `${p}igw`, {}, { parentId: vpc });
    this.edge(publicSubnet, internetGateway, 'route');
    if (options.nat === false) return { vpc, publicSubnet, privateA, privateB, internetGateway };
    const nat = this.node('nat-gateway', `${p}nat`, {}, { parentId: publicSubnet });
    this.edge(privateA, nat, 'route');
    this.edge(privateB, nat, 'route');
    return { vpc, publicSubnet, privateA, privateB, internetGateway, nat };
  }

  /** The design, checked to load as a saved file would. */
  build(): Design {
    const loaded = parseDesignObject(structuredClone(this.design));
    if (!loaded.ok) throw new Error(`test design does not load: ${loaded.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    return loaded.design;
  }
}
