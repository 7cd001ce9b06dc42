import { connectionOptions } from '../../catalog/connection-table';
import type { Design, DesignNode } from '../design';
import { applyConfigChanges } from '../edits/apply-changes';
import { connectNodes } from '../edits/connect-nodes';
import { moveNodes } from '../edits/move-nodes';
import { removeElements } from '../edits/remove-elements';
import { updateNode } from '../edits/rename-node';
import { addSuppression } from '../edits/suppressions';
import { updateDesignSettings } from '../edits/update-config';

export { seededRandom } from '../seeded-random';

/** Settings seen on nodes and edges of a kind or meaning: edits copy one of them, so each edit leaves a valid design. */
export class SettingPool {
  private readonly values = new Map<string, unknown[]>();

  constructor(designs: readonly Design[]) {
    for (const design of designs) {
      for (const node of design.nodes) this.collect(`n:${node.kind}`, node.config as Record<string, unknown>);
      for (const edge of design.edges) this.collect(`e:${edge.meaning}`, edge.config);
    }
  }

  private collect(owner: string, config: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(config)) {
      const list = this.values.get(`${owner}\u0000${key}`);
      if (list) list.push(value);
      else this.values.set(`${owner}\u0000${key}`, [value]);
    }
  }

  pick(owner: string, key: string, random: () => number): unknown {
    const list = this.values.get(`${owner}\u0000${key}`) ?? [];
    return list[Math.floor(random() * list.length)];
  }
}

export type EditKind = 'setting' | 'edge-setting' | 'rename' | 'notes' | 'move' | 'design-setting' | 'suppress' | 'connect' | 'remove-edge' | 'remove-node';

export interface PooledEdit {
  kind: EditKind;
  design: Design;
}

function pickOne<T>(items: readonly T[], random: () => number): T | undefined {
  return items.length === 0 ? undefined : items[Math.floor(random() * items.length)];
}

const NAMES = ['orders', 'Orders', 'payments-handler', 'Ingest', 'orders-queue', 'a', 'Report Builder'];
const REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2', 'us-west-2'];

/**
 * One edit as the app makes them, of a kind chosen at random: settings copy a value another node or
 * edge of the same kind had (random-edits makes new ones from the schemas); design settings,
 * suppressions and notes too.
 */
export function pooledEdit(design: Design, pool: SettingPool, random: () => number, kinds: readonly EditKind[]): PooledEdit {
  const kind = pickOne(kinds, random) as EditKind;
  const node = pickOne(design.nodes, random);
  const edge = pickOne(design.edges, random);
  switch (kind) {
    case 'setting': {
      if (!node) break;
      const key = pickOne(Object.keys(node.config), random);
      if (key === undefined) break;
      return { kind, design: applyConfigChanges(design, [{ target: 'node', id: node.id, path: [key], value: pool.pick(`n:${node.kind}`, key, random) }]) };
    }
    case 'edge-setting': {
      if (!edge) break;
      const key = pickOne(Object.keys(edge.config), random);
      if (key === undefined) break;
      return { kind, design: applyConfigChanges(design, [{ target: 'edge', id: edge.id, path: [key], value: pool.pick(`e:${edge.meaning}`, key, random) }]) };
    }
    case 'rename':
      if (node) return { kind, design: updateNode(design, node.id, { name: pickOne(NAMES, random) as string }) };
      break;
    case 'notes':
      if (node) return { kind, design: updateNode(design, node.id, { notes: random() < 0.5 ? 'checked with the team' : '' }) };
      break;
    case 'move':
      if (node) return { kind, design: moveNodes(design, [{ id: node.id, position: { x: Math.round(random() * 800), y: Math.round(random() * 600) } }]) };
      break;
    case 'design-setting':
      return {
        kind,
        design: random() < 0.5
          ? updateDesignSettings(design, { region: pickOne(REGIONS, random) as string })
          : updateDesignSettings(design, { accountConcurrencyLimit: pickOne([10, 100, 1000, 5000], random) as number }),
      };
    case 'suppress':
      if (node) return { kind, design: addSuppression(design, 'LMB001', node.id, 'accepted for this design') };
      break;
    case 'connect': {
      const source = pickOne(design.nodes, random) as DesignNode | undefined;
      const target = pickOne(design.nodes, random) as DesignNode | undefined;
      if (!source || !target || source === target) break;
      const answer = connectionOptions(source.kind, target.kind);
      const option = answer.ok ? pickOne(answer.options, random) : undefined;
      if (option) return { kind, design: connectNodes(design, source.id, target.id, option.meaning).design };
      break;
    }
    case 'remove-edge':
      if (edge) return { kind, design: removeElements(design, [], [edge.id]) };
      break;
    case 'remove-node':
      if (node) return { kind, design: removeElements(design, [node.id]) };
      break;
  }
  return { kind, design };
}
