import { canContain } from '../catalog/connection-table';
import { KINDS } from '../catalog/registry';
import { nodeFingerprints } from '../export/source-fingerprint';
import { type Design, type DesignNode, DesignOfCreatedNodes, type DesignSource } from '../model/design';
import { createNode, emptyDesign } from '../model/new-design';
import { ConnectionBuilder } from './connections';
import { writeCfnYaml } from './cfn-yaml';
import { mappingSettings, redriveSettings, s3NotificationSettings } from './edge-settings';
import { configFromProperties, withGlobals } from './map-config';
import { type Json, parseTemplate, type TemplateProblem } from './parse-template';
import { placeNodes } from './place-nodes';
import { rebuildNetwork } from './routes';
import { rebuildAlbTargets, rebuildEdgeAssociations } from './web-triggers';
import { rebuildApiIntegrations } from './api-integrations';
import { asList, propertiesOf } from './resource-properties';
import { isJsonObject } from '../model/json-object';

export type ImportResult =
  | { ok: true; design: Design; warnings: string[] }
  | { ok: false; problems: TemplateProblem[] };

const KIND_OF_TYPE = new Map<string, string>(KINDS.flatMap((k) => k.cfnTypes.map((t) => [t, k.id] as const)));
const ATTRIBUTES = ['DependsOn', 'Condition', 'DeletionPolicy', 'UpdateReplacePolicy', 'CreationPolicy', 'UpdatePolicy', 'Metadata'];

function genericConfig(resource: Json): Json {
  const attributes = Object.fromEntries(Object.entries(resource).filter(([k]) => k !== 'Type' && k !== 'Properties'));
  return {
    type: resource.Type,
    properties: writeCfnYaml(resource.Properties),
    ...(Object.keys(attributes).length > 0 ? { attributes: writeCfnYaml(attributes) } : {}),
  };
}

function designName(template: Json, fileName: string | undefined): string {
  const base = fileName?.split(/[\\/]/).pop()?.replace(/\.(ya?ml|json|template)$/i, '');
  if (base) return base;
  const description = typeof template.Description === 'string' ? template.Description.trim().split('\n')[0] : '';
  return description ? description.slice(0, 80) : 'Imported template';
}

/** Connections each resource declares: events, mappings, destinations, network, policies, variables, layers. */
function rebuildConnections(resources: Json, functionGlobals: Json | undefined, builder: ConnectionBuilder, nodes: Map<string, DesignNode>): void {
  for (const [id, resource] of Object.entries(resources) as [string, Json][]) {
    const node = nodes.get(id);
    const p = propertiesOf(resource);
    if (node?.kind === 'lambda-function') {
      const props = resource.Type === 'AWS::Serverless::Function' ? withGlobals(p, functionGlobals) : p;
      builder.functionEvents(id, props.Events);
      if (isJsonObject(props.Environment)) builder.connectAllNamed(id, props.Environment, 'access');
      builder.connectAllNamed(id, props.Policies, 'access');
      builder.connectAllNamed(id, props.Layers, 'uses-layer');
      for (const layer of Array.isArray(props.Layers) ? props.Layers : []) {
        const layerNode = builder.nodeNamedBy(layer);
        if (layerNode) builder.connect(layerNode.id, id, 'uses-layer');
      }
      const vpc = isJsonObject(props.VpcConfig) ? props.VpcConfig : {};
      builder.connectAllNamed(id, [vpc.SubnetIds, vpc.SecurityGroupIds], 'network-attach');
      const invoke = isJsonObject(props.EventInvokeConfig) && isJsonObject(props.EventInvokeConfig.DestinationConfig) ? props.EventInvokeConfig.DestinationConfig : {};
      builder.connectAllNamed(id, invoke.OnSuccess, 'on-success');
      builder.connectAllNamed(id, invoke.OnFailure, 'on-failure');
      builder.connectAllNamed(id, props.DeadLetterQueue ?? props.DeadLetterConfig, 'dead-letter');
    }
    if (node?.kind === 'step-functions') {
      for (const target of [builder.nodeNamedBy(p.DefinitionSubstitutions), builder.nodeNamedBy(p.Policies)]) if (target?.kind === 'lambda-function') builder.connect(id, target.id, 'invoke-sync');
    }
    if (node?.kind === 'sqs-queue' && isJsonObject(p.RedrivePolicy)) {
      const deadLetters = builder.nodeNamedBy(p.RedrivePolicy.deadLetterTargetArn);
      if (deadLetters) builder.connect(id, deadLetters.id, 'dead-letter', redriveSettings(p.RedrivePolicy));
    }
    if (node?.kind === 'sns-topic') for (const subscription of asList(p.Subscription)) if (isJsonObject(subscription)) subscribe(id, subscription.Endpoint, builder);
    if (node?.kind === 's3-bucket' && isJsonObject(p.NotificationConfiguration)) bucketNotifications(id, p.NotificationConfiguration.LambdaConfigurations, builder);
    if (node?.kind === 'cloudfront') rebuildEdgeAssociations(id, p, resources, builder);
    if (node?.kind === 'rds-proxy') builder.connectAllNamed(id, p.DBProxyTargetGroup ?? [], 'proxy-target');
    if (node && ['efs-file-system', 'rds-database', 'rds-proxy', 'vpc-endpoint', 'alb'].includes(node.kind)) builder.connectAllNamed(id, [p.SecurityGroupIds, p.VpcSecurityGroupIds, p.SecurityGroups], 'network-attach');
    if (node?.kind === 'efs-access-point') builder.connectAllNamed(id, p.FileSystemId, 'part-of');
    if (node?.kind === 'eventbridge-rule' || node?.kind === 'eventbridge-schedule') {
      builder.connectAllNamed(id, [p.Targets, p.Target], 'invoke-async');
      const bus = builder.nodeNamedBy(p.EventBusName);
      if (bus) builder.connect(bus.id, id, 'subscription');
    }
    switch (resource.Type) {
      case 'AWS::Lambda::EventSourceMapping': {
        const source = builder.nodeNamedBy(p.EventSourceArn);
        const fn = builder.nodeNamedBy(p.FunctionName);
        if (source && fn) builder.connect(source.id, fn.id, 'event-source-mapping', mappingSettings(p));
        break;
      }
      case 'AWS::Lambda::EventInvokeConfig': {
        const fn = builder.nodeNamedBy(p.FunctionName);
        const destinations = isJsonObject(p.DestinationConfig) ? p.DestinationConfig : {};
        if (fn) {
          builder.connectAllNamed(fn.id, destinations.OnSuccess, 'on-success');
          builder.connectAllNamed(fn.id, destinations.OnFailure, 'on-failure');
        }
        break;
      }
      case 'AWS::SNS::Subscription': {
        const topic = builder.nodeNamedBy(p.TopicArn);
        if (topic) subscribe(topic.id, p.Endpoint, builder);
        break;
      }
      case 'AWS::Logs::SubscriptionFilter': {
        const group = builder.nodeNamedBy(p.LogGroupName);
        const fn = builder.nodeNamedBy(p.DestinationArn);
        if (group && fn) builder.connect(group.id, fn.id, 'invoke-async');
        break;
      }
      default:
        break;
    }
  }
}

/** A topic's subscriber: a queue subscribes; a function is invoked. */
function subscribe(topic: string, endpoint: unknown, builder: ConnectionBuilder): void {
  const target = builder.nodeNamedBy(endpoint);
  if (target) builder.connect(topic, target.id, target.kind === 'sqs-queue' ? 'subscription' : 'invoke-async');
}

/** A bucket's LambdaConfigurations (one per event, as export writes them) as one connection per function, its events gathered. */
function bucketNotifications(bucket: string, configurations: unknown, builder: ConnectionBuilder): void {
  const byFunction = new Map<string, { events: unknown[]; filter: unknown }>();
  for (const configuration of Array.isArray(configurations) ? configurations : []) {
    if (!isJsonObject(configuration)) continue;
    const fn = builder.nodeNamedBy(configuration.Function);
    if (fn?.kind !== 'lambda-function') continue;
    const seen = byFunction.get(fn.id);
    if (!seen) byFunction.set(fn.id, { events: [configuration.Event], filter: configuration.Filter });
    else if (JSON.stringify(seen.filter) === JSON.stringify(configuration.Filter)) seen.events.push(configuration.Event);
  }
  for (const [fn, { events, filter }] of byFunction) builder.connect(bucket, fn, 'invoke-async', s3NotificationSettings(events, filter));
}

/** Containers: a subnet sits in the VPC it names; a function in the first subnet of its VPC config. */
function nest(resources: Json, nodes: Map<string, DesignNode>, builder: ConnectionBuilder): void {
  for (const [id, resource] of Object.entries(resources) as [string, Json][]) {
    const node = nodes.get(id);
    if (!node) continue;
    const p = propertiesOf(resource);
    const candidates = node.kind === 'lambda-function'
      ? [isJsonObject(p.VpcConfig) ? p.VpcConfig.SubnetIds : undefined]
      : [p.VpcId, p.SubnetId, p.DBSubnetGroupName, p.VpcSubnetIds];
    const parent = builder.nodeNamedBy(candidates);
    if (parent && canContain(parent.kind, node.kind)) node.parentId = parent.id;
  }
  // A load balancer names its subnets, not its VPC: it sits in theirs (nested in the loop above).
  for (const [id, resource] of Object.entries(resources) as [string, Json][]) {
    const node = nodes.get(id);
    if (node?.kind !== 'alb' || node.parentId !== undefined) continue;
    const p = propertiesOf(resource);
    const mappings = asList(p.SubnetMappings).map((m) => (isJsonObject(m) ? m.SubnetId : undefined));
    const vpc = builder.nodeNamedBy([p.Subnets, mappings])?.parentId;
    if (vpc !== undefined && canContain(nodes.get(vpc)?.kind ?? '', node.kind)) node.parentId = vpc;
  }
}

export interface ImportOptions {
  /**
   * The caller only reads the design and never changes it, as `lambda-designer validate` and `cost`
   * do (default: no). The design is then not checked against the design schema, a check that guards
   * designs that are kept and that what the importer makes always passes (tested on every corpus
   * template); and the fingerprints of its nodes at import are worked out when first read, which
   * only an export does. Together a fifth of `validate`'s time on a 1,000-resource template.
   */
  readOnly?: boolean;
}

/** Sets `key` to the fingerprint now, or (lazily) to a getter that works it out when first read. */
function withFingerprint<T extends object>(target: T, key: string, fingerprint: () => string | undefined, lazily: boolean | undefined): T {
  if (!lazily) Object.assign(target, { [key]: fingerprint() });
  else Object.defineProperty(target, key, { get: fingerprint, enumerable: true, configurable: true });
  return target;
}

/** Reads a SAM or CloudFormation template (YAML or JSON) into a design; node ids are the logical ids. */
export function importTemplate(text: string, fileName?: string, options: ImportOptions = {}): ImportResult {
  const parsed = parseTemplate(text);
  if (!parsed.ok) return parsed;
  const template = parsed.template;
  const warnings = [...parsed.warnings];
  const resources = template.Resources as Json;
  const globals = isJsonObject(template.Globals) && isJsonObject(template.Globals.Function) ? template.Globals.Function : undefined;

  const design = emptyDesign(designName(template, fileName));
  if (typeof template.Description === 'string') design.description = template.Description.trim();
  const nodes = new Map<string, DesignNode>();
  const problems: TemplateProblem[] = [];
  for (const [id, value] of Object.entries(resources)) {
    const resource = value as Json;
    if (!/^[A-Za-z]/.test(id)) {
      problems.push({ path: `Resources.${id}`, message: `logical id "${id}" must start with a letter to become a node id` });
      continue;
    }
    const properties = isJsonObject(resource.Properties) ? resource.Properties : {};
    // A rule with a schedule and no pattern is a schedule: drawn so, its rate counts for the cost and the rules.
    const scheduledRule = resource.Type === 'AWS::Events::Rule' && properties.ScheduleExpression !== undefined && properties.EventPattern === undefined;
    const kind = scheduledRule ? 'eventbridge-schedule' : KIND_OF_TYPE.get(String(resource.Type)) ?? 'generic-resource';
    const withDefaults = resource.Type === 'AWS::Serverless::Function' ? withGlobals(properties, globals) : properties;
    let config = kind === 'generic-resource' ? genericConfig(resource) : configFromProperties(kind, withDefaults);
    if (scheduledRule) config = { ...config, engine: 'events-rule' };
    let node: DesignNode;
    try {
      node = createNode(design, kind, { id, name: id, config });
    } catch {
      config = {};
      warnings.push(`${id}: its properties do not fit a ${kind} node; defaults shown, the resource is kept as written`);
      node = createNode(design, kind, { id, name: id, config });
    }
    nodes.set(id, node);
    design.nodes.push(node);
  }
  if (problems.length > 0) return { ok: false, problems };

  const builder = new ConnectionBuilder(nodes, warnings);
  rebuildConnections(resources, globals, builder, nodes);
  rebuildAlbTargets(resources, builder);
  rebuildApiIntegrations(resources, builder);
  nest(resources, nodes, builder);
  rebuildNetwork(resources, nodes, builder);
  for (const inline of builder.inline) {
    let node: DesignNode;
    try {
      node = createNode(design, inline.kind, { id: inline.id, name: inline.name, config: inline.config });
    } catch {
      warnings.push(`${inline.name}: its settings do not fit a ${inline.kind} node; defaults shown, the event is kept as written`);
      node = createNode(design, inline.kind, { id: inline.id, name: inline.name });
    }
    nodes.set(inline.id, node);
    design.nodes.push(node);
  }
  design.edges = builder.edges.filter((e) => {
    // A function inside a subnet needs no network-attach edge to that same subnet.
    const source = nodes.get(e.source);
    return !(e.meaning === 'network-attach' && source?.parentId === e.target);
  });
  placeNodes(design.nodes);

  const sections = Object.fromEntries(Object.entries(template).filter(([k]) => k !== 'Resources'));
  let result = design;
  if (!options.readOnly) {
    const checked = DesignOfCreatedNodes.safeParse(design);
    if (!checked.success) {
      return { ok: false, problems: checked.error.issues.slice(0, 10).map((i) => ({ path: i.path.join('.'), message: `the imported design is not valid: ${i.message}` })) };
    }
    result = checked.data as Design;
  }
  const sourceResources: DesignSource['resources'] = {};
  const texts = parsed.resourceTexts ?? {};
  // Read-only, the design stays as it is now, so fingerprints worked out later are those of the import.
  let fingerprints = options.readOnly ? undefined : nodeFingerprints(result);
  const fingerprintOf = (id: string) => (fingerprints ??= nodeFingerprints(result)).get(id);
  const inline: Record<string, string> = {};
  for (const [id, resource] of Object.entries(resources)) {
    const sourceResource: DesignSource['resources'][string] = { resource: resource as Json, fingerprint: undefined, ...(texts[id] !== undefined ? { text: texts[id] } : {}) };
    sourceResources[id] = withFingerprint(sourceResource, 'fingerprint', () => fingerprintOf(id), options.readOnly);
  }
  for (const node of builder.inline) withFingerprint(inline, node.id, () => fingerprintOf(node.id) as string, options.readOnly);
  result.source = { ...(fileName ? { fileName } : {}), sections, resources: sourceResources, resourceOrder: Object.keys(resources), sectionOrder: Object.keys(template), ...(parsed.sectionTexts && Object.keys(parsed.sectionTexts).length > 0 ? { sectionTexts: parsed.sectionTexts } : {}), ...(builder.inline.length > 0 ? { inline } : {}) };
  for (const id of Object.keys(resources)) {
    const attributes = Object.keys(resources[id] as Json).filter((k) => ATTRIBUTES.includes(k));
    if (attributes.length > 0 && nodes.get(id)?.kind !== 'generic-resource') warnings.push(`${id}: ${attributes.join(', ')} kept from the template`);
  }
  return { ok: true, design: result, warnings };
}
