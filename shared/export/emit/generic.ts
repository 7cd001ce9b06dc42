import { readCfnYaml } from '../../import/cfn-yaml';
import type { ExportContext } from '../context';
import type { CfnResource } from '../template-types';

function yamlObject(text: string | undefined, what: string, nodeId: string): Record<string, unknown> | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  let value: unknown;
  try {
    value = readCfnYaml(text);
  } catch (error) {
    throw new Error(`export: ${what} of "${nodeId}" is not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) throw new Error(`export: ${what} of "${nodeId}" must be a YAML map`);
  return value as Record<string, unknown>;
}

/** Resources outside the catalog, written as their node holds them: type, properties, attributes. */
export function emitGenericResources(ctx: ExportContext): void {
  for (const node of ctx.index.ofKind('generic-resource')) {
    const properties = yamlObject(node.config.properties, 'properties', node.id);
    const attributes = yamlObject(node.config.attributes, 'attributes', node.id) ?? {};
    const resource = { ...attributes, Type: node.config.type, ...(properties ? { Properties: properties } : {}) } as CfnResource;
    ctx.add(ctx.idOf(node.id), resource, { group: 'data', node: node.id });
  }
}
