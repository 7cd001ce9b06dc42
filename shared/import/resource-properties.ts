import { namedIds } from '../export/named-ids';
import { isJsonObject } from '../model/json-object';
import type { Json } from './parse-template';

/** A resource's Properties, or none where the template wrote something else. */
export const propertiesOf = (resource: unknown): Json => (isJsonObject(resource) && isJsonObject(resource.Properties) ? resource.Properties : {});

/** A property CloudFormation takes as one value or a list of them, as a list. */
export const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/** The first resource of `type` that a value names (`!Ref X`, `!GetAtt X.Arn`, `${X}`), with its properties. */
export function namedResourceOfType(resources: Json, value: unknown, type: string): [string, Json] | undefined {
  for (const id of namedIds(value)) {
    const resource = resources[id];
    if (isJsonObject(resource) && resource.Type === type) return [id, propertiesOf(resource)];
  }
  return undefined;
}
