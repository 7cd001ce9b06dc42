import type { DesignNode } from '../model/design';
import { isJsonObject } from '../model/json-object';
import type { ConnectionBuilder } from './connections';
import { albTargetSettings, edgeTriggerSettings } from './edge-settings';
import { functionNamedBy } from './function-named-by';
import type { Json } from './parse-template';
import { asList, namedResourceOfType, propertiesOf } from './resource-properties';

/** What a listener's or rule's forward actions name as target groups (TargetGroupArn, or ForwardConfig's list). */
function forwardedTo(actions: unknown): unknown[] {
  return asList(actions).flatMap((action) => {
    if (!isJsonObject(action) || action.Type !== 'forward') return [];
    const weighted = isJsonObject(action.ForwardConfig) ? asList(action.ForwardConfig.TargetGroups).map((g) => (isJsonObject(g) ? g.TargetGroupArn : undefined)) : [];
    return [action.TargetGroupArn, ...weighted];
  });
}

/**
 * Load balancers drawn to the functions they invoke: through a listener (its default action, or a
 * listener rule's) that forwards to a target group of type lambda whose targets name the function.
 * The listeners, rules, target groups and permissions stay as the template wrote them.
 */
export function rebuildAlbTargets(resources: Json, builder: ConnectionBuilder): void {
  const entries = Object.entries(resources);
  const albOf = (value: unknown): DesignNode | undefined => {
    const alb = builder.nodeNamedBy(value);
    return alb?.kind === 'alb' ? alb : undefined;
  };
  const forward = (alb: DesignNode | undefined, rule: Json | undefined, actions: unknown) => {
    if (!alb) return;
    for (const group of forwardedTo(actions)) {
      const p = namedResourceOfType(resources, group, 'AWS::ElasticLoadBalancingV2::TargetGroup')?.[1];
      if (p?.TargetType !== 'lambda') continue;
      for (const target of asList(p.Targets)) {
        const fn = isJsonObject(target) ? functionNamedBy(target.Id, resources, builder) : undefined;
        if (fn) builder.connect(alb.id, fn.id, 'invoke-sync', albTargetSettings(rule, p));
      }
    }
  };
  const ofType = (type: string) => entries.filter(([, r]) => isJsonObject(r) && r.Type === type).map(([, r]) => propertiesOf(r));
  // Rules first: where a rule and the default action forward to the same group, the rule says more (its path and priority).
  for (const rule of ofType('AWS::ElasticLoadBalancingV2::ListenerRule')) {
    const listener = namedResourceOfType(resources, rule.ListenerArn, 'AWS::ElasticLoadBalancingV2::Listener')?.[1];
    forward(albOf(listener?.LoadBalancerArn), rule, rule.Actions);
  }
  for (const listener of ofType('AWS::ElasticLoadBalancingV2::Listener')) forward(albOf(listener.LoadBalancerArn), undefined, listener.DefaultActions);
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
