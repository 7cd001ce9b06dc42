import { namedIds } from '../export/named-ids';
import type { DesignNode } from '../model/design';
import { isJsonObject } from '../model/json-object';
import type { ConnectionBuilder } from './connections';
import { albTargetSettings, edgeTriggerSettings } from './edge-settings';
import type { Json } from './parse-template';
import { asList, propertiesOf } from './resource-properties';

const VERSION_OR_ALIAS = new Set(['AWS::Lambda::Version', 'AWS::Lambda::Alias']);
/** SAM's names for what AutoPublishAlias makes: `Fn.Version` and `Fn.Alias` in a Ref, `FnAliaslive` and `FnVersion1a2b3c4d5e` as logical ids. */
const SAM_ATTRIBUTE = /^(.+)\.(?:Version|Alias)$/;
const SAM_MADE = /^(.+?)(Alias|Version)([A-Za-z0-9]+)$/;

/**
 * The function a value names, directly or through one of its versions or aliases: what a load
 * balancer's target or a Lambda@Edge association names, which is rarely the function itself.
 */
export function functionNamedBy(value: unknown, resources: Json, builder: ConnectionBuilder, depth = 0): DesignNode | undefined {
  for (const name of namedIds(value)) {
    const id = SAM_ATTRIBUTE.exec(name)?.[1] ?? name;
    const node = builder.node(id);
    if (node?.kind === 'lambda-function') return node;
    const resource = resources[id];
    if (node && isJsonObject(resource) && VERSION_OR_ALIAS.has(String(resource.Type)) && depth < 2) {
      const fn = functionNamedBy(propertiesOf(resource).FunctionName, resources, builder, depth + 1);
      if (fn) return fn;
    }
    const made = node ? undefined : SAM_MADE.exec(id);
    const owner = made ? builder.node(made[1] as string) : undefined;
    const alias = owner ? propertiesOf(resources[owner.id]).AutoPublishAlias : undefined;
    if (owner?.kind === 'lambda-function' && alias !== undefined && (made?.[2] === 'Version' || made?.[3] === alias)) return owner;
  }
  return undefined;
}

/** Target groups a listener's or rule's actions forward to (TargetGroupArn, or ForwardConfig's list). */
function forwardedTo(actions: unknown): string[] {
  return asList(actions).flatMap((action) => {
    if (!isJsonObject(action) || action.Type !== 'forward') return [];
    const weighted = isJsonObject(action.ForwardConfig) ? asList(action.ForwardConfig.TargetGroups).map((g) => (isJsonObject(g) ? g.TargetGroupArn : undefined)) : [];
    return [...namedIds([action.TargetGroupArn, weighted])];
  });
}

/**
 * Load balancers drawn to the functions they invoke: through a listener (its default action, or a
 * listener rule's) that forwards to a target group of type lambda whose targets name the function.
 * The listeners, rules, target groups and permissions stay as the template wrote them.
 */
export function rebuildAlbTargets(resources: Json, builder: ConnectionBuilder): void {
  const entries = Object.entries(resources);
  const albOfListener = (listener: unknown): DesignNode | undefined => {
    for (const id of namedIds(listener)) {
      const resource = resources[id];
      if (!isJsonObject(resource) || resource.Type !== 'AWS::ElasticLoadBalancingV2::Listener') continue;
      const alb = builder.nodeNamedBy(propertiesOf(resource).LoadBalancerArn);
      if (alb?.kind === 'alb') return alb;
    }
    return undefined;
  };
  const forward = (alb: DesignNode | undefined, rule: Json | undefined, actions: unknown) => {
    if (!alb) return;
    for (const group of forwardedTo(actions)) {
      const resource = resources[group];
      if (!isJsonObject(resource) || resource.Type !== 'AWS::ElasticLoadBalancingV2::TargetGroup') continue;
      const p = propertiesOf(resource);
      if (p.TargetType !== 'lambda') continue;
      for (const target of asList(p.Targets)) {
        const fn = isJsonObject(target) ? functionNamedBy(target.Id, resources, builder) : undefined;
        if (fn) builder.connect(alb.id, fn.id, 'invoke-sync', albTargetSettings(rule, p));
      }
    }
  };
  // Rules first: where a rule and the default action forward to the same group, the rule says more (its path and priority).
  for (const [, resource] of entries) {
    if (!isJsonObject(resource) || resource.Type !== 'AWS::ElasticLoadBalancingV2::ListenerRule') continue;
    const p = propertiesOf(resource);
    forward(albOfListener(p.ListenerArn), p, p.Actions);
  }
  for (const [, resource] of entries) {
    if (!isJsonObject(resource) || resource.Type !== 'AWS::ElasticLoadBalancingV2::Listener') continue;
    const p = propertiesOf(resource);
    const alb = builder.nodeNamedBy(p.LoadBalancerArn);
    forward(alb?.kind === 'alb' ? alb : undefined, undefined, p.DefaultActions);
  }
}

/**
 * A CloudFront distribution drawn to the Lambda@Edge functions (by version) and CloudFront Functions
 * its cache behaviors associate, each with the event that runs it.
 */
export function rebuildEdgeAssociations(id: string, distribution: Json, resources: Json, builder: ConnectionBuilder): void {
  const config = isJsonObject(distribution.DistributionConfig) ? distribution.DistributionConfig : {};
  for (const behavior of [config.DefaultCacheBehavior, ...asList(config.CacheBehaviors)]) {
    if (!isJsonObject(behavior)) continue;
    for (const association of asList(behavior.LambdaFunctionAssociations)) {
      if (!isJsonObject(association)) continue;
      const fn = functionNamedBy(association.LambdaFunctionARN, resources, builder);
      if (fn) builder.connect(id, fn.id, 'invoke-sync', edgeTriggerSettings(association));
    }
    for (const association of asList(behavior.FunctionAssociations)) {
      if (!isJsonObject(association)) continue;
      const fn = builder.nodeNamedBy(association.FunctionARN);
      if (fn?.kind === 'cloudfront-function') builder.connect(id, fn.id, 'invoke-sync', edgeTriggerSettings(association));
    }
  }
}
