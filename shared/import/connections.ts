import { findConnectionSpec } from '../catalog/connection-table';
import { namedIds } from '../export/named-ids';
import type { DesignEdge, DesignNode } from '../model/design';
import type { Meaning } from '../model/meaning';
import { mappingSettings, s3NotificationSettings } from './edge-settings';
import type { Json } from './parse-template';
import { isJsonObject } from '../model/json-object';


/** Inline SAM event sources that are not resources of their own: drawn as nodes, written back inside their function. */
export interface InlineNode {
  id: string;
  kind: 'eventbridge-schedule' | 'eventbridge-rule';
  name: string;
}

/** Collects connections between imported nodes, keeping only those the catalog allows. */
export class ConnectionBuilder {
  readonly edges: DesignEdge[] = [];
  readonly inline: InlineNode[] = [];
  private readonly keys = new Set<string>();

  constructor(private readonly nodes: Map<string, DesignNode>, private readonly warnings: string[]) {}

  /** The node of a logical id. */
  node(id: string): DesignNode | undefined {
    return this.nodes.get(id);
  }

  /** The first node a value names (`!Ref X`, `!GetAtt X.Arn`, `${X}`). */
  nodeNamedBy(value: unknown): DesignNode | undefined {
    for (const id of namedIds(value)) {
      const node = this.nodes.get(id);
      if (node) return node;
    }
    return undefined;
  }

  connect(source: string, target: string, meaning: Meaning, config: Json = {}): boolean {
    const from = this.nodes.get(source);
    const to = this.nodes.get(target);
    if (!from || !to || source === target) return false;
    const spec = findConnectionSpec(from.kind, to.kind, meaning);
    if (!spec) return false;
    const key = `${source} ${target} ${meaning}`;
    if (this.keys.has(key)) return true;
    this.keys.add(key);
    let parsed: Json = {};
    try {
      parsed = (spec.config ? spec.config.parse(config) : {}) as Json;
    } catch {
      parsed = (spec.config ? spec.config.parse({}) : {}) as Json;
    }
    let id = `${source}-${target}-${meaning}`.replace(/[^A-Za-z0-9_-]/g, '');
    while (this.edges.some((e) => e.id === id)) id += '-2';
    this.edges.push({ id, source, target, meaning, config: parsed });
    return true;
  }

  private inlineSource(fn: string, event: string, kind: InlineNode['kind']): string {
    const id = `${fn}${event}`.replace(/[^A-Za-z0-9]/g, '');
    if (!this.nodes.has(id)) {
      this.inline.push({ id, kind, name: `${fn} ${event}` });
      this.nodes.set(id, { id, kind, name: id, position: { x: 0, y: 0 }, config: {} } as unknown as DesignNode);
    }
    return id;
  }

  /** SAM function events: the node each names, connected the way the catalog draws it. */
  functionEvents(fn: string, events: unknown): void {
    if (!isJsonObject(events)) return;
    for (const [name, event] of Object.entries(events)) {
      if (!isJsonObject(event)) continue;
      const p = isJsonObject(event.Properties) ? event.Properties : {};
      const from = (value: unknown) => this.nodeNamedBy(value)?.id;
      switch (event.Type) {
        case 'S3': this.link(from(p.Bucket), fn, 'invoke-async', name, s3NotificationSettings(p.Events, p.Filter)); break;
        case 'SNS': this.link(from(p.Topic), fn, 'invoke-async', name); break;
        case 'SQS': this.link(from(p.Queue), fn, 'event-source-mapping', name, mappingSettings(p)); break;
        case 'Kinesis':
        case 'DynamoDB': this.link(from(p.Stream), fn, 'event-source-mapping', name, mappingSettings(p)); break;
        case 'Api': this.link(from(p.RestApiId), fn, 'invoke-sync', name, { path: p.Path, method: typeof p.Method === 'string' ? p.Method.toUpperCase() : undefined }, 'ServerlessRestApi'); break;
        case 'HttpApi': this.link(from(p.ApiId), fn, 'invoke-sync', name, { path: p.Path, method: typeof p.Method === 'string' ? p.Method.toUpperCase() : undefined }, 'ServerlessHttpApi'); break;
        case 'Cognito': this.link(from(p.UserPool), fn, 'invoke-sync', name); break;
        case 'CloudWatchLogs': this.link(from(p.LogGroupName), fn, 'invoke-async', name); break;
        case 'Schedule':
        case 'ScheduleV2':
          this.connect(this.inlineSource(fn, name, 'eventbridge-schedule'), fn, 'invoke-async');
          break;
        case 'EventBridgeRule':
        case 'CloudWatchEvent': {
          const rule = this.inlineSource(fn, name, 'eventbridge-rule');
          this.connect(rule, fn, 'invoke-async');
          const bus = from(p.EventBusName);
          if (bus) this.connect(bus, rule, 'subscription');
          break;
        }
        default:
          break;
      }
    }
  }

  private link(source: string | undefined, fn: string, meaning: Meaning, event: string, config: Json = {}, implicit?: string): void {
    const clean = Object.fromEntries(Object.entries(config).filter(([, v]) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || (Array.isArray(v) && v.every((x) => typeof x === 'string'))));
    if (source && this.connect(source, fn, meaning, clean)) return;
    if (!source && implicit) this.warnings.push(`${fn}: event ${event} uses the implicit ${implicit}, which is not drawn (the event is kept)`);
    else if (!source) this.warnings.push(`${fn}: event ${event} names no resource of this template; kept but not drawn`);
  }

  /** Every node a value names, connected from `source` as `meaning` where the catalog allows it. */
  connectAllNamed(source: string, value: unknown, meaning: Meaning): void {
    for (const id of namedIds(value)) if (this.nodes.has(id)) this.connect(source, id, meaning);
  }
}
