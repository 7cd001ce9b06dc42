import { namedIds } from '../export/named-ids';
import type { DesignNode } from '../model/design';
import { isJsonObject } from '../model/json-object';
import type { ConnectionBuilder } from './connections';
import type { Json } from './parse-template';
import { propertiesOf } from './resource-properties';

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
