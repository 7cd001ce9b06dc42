import { GetAtt, GetAZs, Join, Ref, Select, Split, Sub } from './intrinsics';
import { isTemplateMap } from './template-values';

type Json = Record<string, unknown>;

/** One long-form intrinsic (`{"Ref": "X"}`) as the exporter's own, or undefined when it is not one it writes. */
function intrinsicOf(value: Json): unknown {
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  const [key] = keys as [string];
  const arg = value[key];
  const list = Array.isArray(arg) ? arg : undefined;
  switch (key) {
    case 'Ref':
      return typeof arg === 'string' ? new Ref(arg) : undefined;
    case 'Fn::GetAtt':
      if (typeof arg === 'string' && arg.includes('.')) return new GetAtt(arg.slice(0, arg.indexOf('.')), arg.slice(arg.indexOf('.') + 1));
      return list?.length === 2 && typeof list[0] === 'string' && typeof list[1] === 'string' ? new GetAtt(list[0], list[1]) : undefined;
    case 'Fn::Sub':
      if (typeof arg === 'string') return new Sub(arg);
      return list?.length === 2 && typeof list[0] === 'string' && isTemplateMap(list[1]) ? new Sub(list[0], shortForm(list[1]) as Json) : undefined;
    case 'Fn::Join':
      return list?.length === 2 && typeof list[0] === 'string' && Array.isArray(list[1]) ? new Join(list[0], list[1].map(shortForm)) : undefined;
    case 'Fn::Select':
      return list?.length === 2 && typeof list[0] === 'number' ? new Select(list[0], shortForm(list[1])) : undefined;
    case 'Fn::Split':
      return list?.length === 2 && typeof list[0] === 'string' ? new Split(list[0], shortForm(list[1])) : undefined;
    case 'Fn::GetAZs':
      return typeof arg === 'string' ? new GetAZs(arg) : undefined;
    default:
      return undefined;
  }
}

/**
 * A value read from a template (long-form intrinsics) with the intrinsics the exporter writes made
 * its own, so that it prints in the short form a template writer uses (`!Ref X`, `!GetAtt X.Arn`).
 * Others (`Fn::If`, `Fn::FindInMap`...) stay in the long form, which means the same.
 */
export function shortForm(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shortForm);
  if (!isTemplateMap(value)) return value;
  const intrinsic = intrinsicOf(value);
  if (intrinsic !== undefined) return intrinsic;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shortForm(v)]));
}
