import type { Design } from '../model/design';
import { exportTemplate } from './export-template';

export type Json = Record<string, unknown>;
export interface TemplateJson {
  Transform?: string;
  Description: string;
  Parameters?: Record<string, Json>;
  Resources: Record<string, { Type: string; DependsOn?: string | string[]; Properties?: Json; UpdatePolicy?: Json }>;
  Outputs?: Record<string, Json>;
}

/** The exported template, as plain JSON to inspect. */
export function exported(design: Design, target: 'sam' | 'cfn'): TemplateJson {
  return JSON.parse(exportTemplate(design, { target, format: 'json' })) as TemplateJson;
}

export function resourcesOfType(template: TemplateJson, type: string): [string, TemplateJson['Resources'][string]][] {
  return Object.entries(template.Resources).filter(([, r]) => r.Type === type);
}

/** Every logical id a value refers to through Ref, GetAtt or Sub, with Sub's own variables left out. */
export function referencesIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => referencesIn(v, found));
  else if (value !== null && typeof value === 'object') {
    const object = value as Json;
    if (typeof object.Ref === 'string') found.add(object.Ref);
    const getAtt = object['Fn::GetAtt'];
    if (Array.isArray(getAtt)) found.add(String(getAtt[0]));
    const subValue = object['Fn::Sub'];
    if (subValue !== undefined) {
      const [text, variables] = Array.isArray(subValue) ? [String(subValue[0]), (subValue[1] ?? {}) as Json] : [String(subValue), {}];
      for (const match of text.matchAll(/\$\{([^}!][^}]*)\}/g)) {
        const name = (match[1] as string).split('.')[0] as string;
        if (!(name in variables)) found.add(name);
      }
      referencesIn(Object.values(variables), found);
    }
    for (const [key, item] of Object.entries(object)) if (key !== 'Fn::Sub') referencesIn(item, found);
  }
  return found;
}

/**
 * References that name nothing in the template. SAM templates may also name what SAM generates:
 * `Fn.Alias`, `Fn.Version`, and a function's `FnUrl` (its function URL).
 */
export function danglingReferences(template: TemplateJson): string[] {
  const defined = new Set([...Object.keys(template.Resources), ...Object.keys(template.Parameters ?? {})]);
  const samFunctions = template.Transform ? resourcesOfType(template, 'AWS::Serverless::Function').map(([id]) => id) : [];
  const generated = new Set(samFunctions.flatMap((id) => [`${id}.Alias`, `${id}.Version`, `${id}Url`]));
  const refs = referencesIn([template.Resources, template.Outputs ?? {}]);
  for (const resource of Object.values(template.Resources)) {
    for (const dependency of typeof resource.DependsOn === 'string' ? [resource.DependsOn] : (resource.DependsOn ?? [])) refs.add(dependency);
  }
  return [...refs].filter((r) => !r.startsWith('AWS::') && !defined.has(r) && !generated.has(r)).sort();
}
