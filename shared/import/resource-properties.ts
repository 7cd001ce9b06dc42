import { isJsonObject } from '../model/json-object';
import type { Json } from './parse-template';

/** A resource's Properties, or none where the template wrote something else. */
export const propertiesOf = (resource: unknown): Json => (isJsonObject(resource) && isJsonObject(resource.Properties) ? resource.Properties : {});

/** A property CloudFormation takes as one value or a list of them, as a list. */
export const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
