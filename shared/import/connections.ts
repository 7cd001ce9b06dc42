import { findConnectionSpec } from '../catalog/connection-table';
import { namedIds } from '../export/named-ids';
import type { DesignEdge, DesignNode } from '../model/design';
import type { Meaning } from '../model/meaning';
import { mappingSettings, s3NotificationSettings } from './edge-settings';
import { configFromProperties } from './map-config';
import { SAM_IMPLICIT_APIS, type SamImplicitApi } from './sam-implicit-apis';
import type { Json } from './parse-template';
import { isJsonObject } from '../model/json-object';


/**
 * SAM event sources that are not resources of the template: a function's schedules and rules, and
 * the implicit APIs (ServerlessRestApi, ServerlessHttpApi) that SAM makes for events naming no API.
 * Drawn as nodes; written back as they were, inside their functions.
 */
export interface InlineNode {
  id: string;
  kind: 'eventbridge-schedule' | 'eventbridge-rule' | 'api-gateway-rest' | 'api-gateway-http';
  name: string;
  /** Settings the event gives (a schedule's expression, a rule's pattern). */
  config: Json;
}

/** A SAM Schedule (a scheduled rule) or ScheduleV2 (EventBridge Scheduler) event's settings. */
function scheduleSettings(type: 'Schedule' | 'ScheduleV2', p: Json): Json {
  if (type === 'Schedule') return { ...configFromProperties('eventbridge-schedule', { ScheduleExpression: p.Schedule }), engine: 'events-rule' };
  const window = isJsonObject(p.FlexibleTimeWindow) && p.FlexibleTimeWindow.Mode === 'FLEXIBLE' ? p.FlexibleTimeWindow.MaximumWindowInMinutes : undefined;
  return { ...configFromProperties('eventbridge-schedule', p), engine: 'scheduler', ...(typeof window === 'number' && Number.isInteger(window) ? { flexibleWindowMinutes: window } : {}) };
}

/** A SAM Api or HttpApi event's route. */
const route = (p: Json): Json => ({ path: p.Path, method: typeof p.Method === 'string' ? p.Method.toUpperCase() : undefined });

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

  private inlineNode(id: string, kind: InlineNode['kind'], name: string, config: Json = {}): string {
    if (!this.nodes.has(id)) {
      this.inline.push({ id, kind, name, config });
      this.nodes.set(id, { id, kind, name: id, position: { x: 0, y: 0 }, config: {} } as unknown as DesignNode);
    }
    return id;
  }

  private inlineSource(fn: string, event: string, kind: InlineNode['kind'], config: Json): string {
    return this.inlineNode(`${fn}${event}`.replace(/[^A-Za-z0-9]/g, ''), kind, `${fn} ${event}`, config);
  }

  /** The API SAM makes for events that name none, shared by all of them; undefined where a resource of another kind has its name. */
  private implicitApi(id: SamImplicitApi): string | undefined {
    const { kind } = SAM_IMPLICIT_APIS[id];
    const existing = this.nodes.get(id);
    if (existing) return existing.kind === kind ? id : undefined;
    return this.inlineNode(id, kind, id);
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
        case 'Api': this.link(from(p.RestApiId), fn, 'invoke-sync', name, route(p), p.RestApiId === undefined ? 'ServerlessRestApi' : undefined); break;
        case 'HttpApi': this.link(from(p.ApiId), fn, 'invoke-sync', name, route(p), p.ApiId === undefined ? 'ServerlessHttpApi' : undefined); break;
        case 'Cognito': this.link(from(p.UserPool), fn, 'invoke-sync', name); break;
        case 'CloudWatchLogs': this.link(from(p.LogGroupName), fn, 'invoke-async', name); break;
        case 'Schedule':
        case 'ScheduleV2':
          this.connect(this.inlineSource(fn, name, 'eventbridge-schedule', scheduleSettings(event.Type, p)), fn, 'invoke-async');
          break;
        case 'EventBridgeRule':
        case 'CloudWatchEvent': {
          const rule = this.inlineSource(fn, name, 'eventbridge-rule', configFromProperties('eventbridge-rule', { EventPattern: p.Pattern, State: p.State }));
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

  /** `implicit`: the event names no API, so it is SAM's implicit one. */
  private link(source: string | undefined, fn: string, meaning: Meaning, event: string, config: Json = {}, implicit?: SamImplicitApi): void {
    const clean = Object.fromEntries(Object.entries(config).filter(([, v]) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || (Array.isArray(v) && v.every((x) => typeof x === 'string'))));
    const from = source ?? (implicit ? this.implicitApi(implicit) : undefined);
    if (from && this.connect(from, fn, meaning, clean)) return;
    if (!from && implicit) this.warnings.push(`${fn}: event ${event} uses the implicit ${implicit}, but a resource of another type has that name; kept but not drawn`);
    else if (!from) this.warnings.push(`${fn}: event ${event} names no resource of this template; kept but not drawn`);
  }

  /** Every node a value names, connected from `source` as `meaning` where the catalog allows it. */
  connectAllNamed(source: string, value: unknown, meaning: Meaning): void {
    for (const id of namedIds(value)) if (this.nodes.has(id)) this.connect(source, id, meaning);
  }
}
