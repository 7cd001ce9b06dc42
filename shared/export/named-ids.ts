import { isJsonObject } from '../model/json-object';
type Json = Record<string, unknown>;

type WithJson = { toJSON: () => unknown };
const hasToJson = (v: Json): v is Json & WithJson => typeof v.toJSON === 'function';

/** Logical ids a value names through Ref, GetAtt or Sub (long form, or the exporter's intrinsic objects). */
export function namedIds(value: unknown, found = new Set<string>()): Set<string> {
  // Walked as its JSON would be (intrinsic objects by their long form), without writing that JSON.
  const stack = [value];
  while (stack.length > 0) {
    let item = stack.pop();
    if (isJsonObject(item) && hasToJson(item)) item = item.toJSON();
    if (Array.isArray(item)) stack.push(...item);
    else if (isJsonObject(item)) {
      if (typeof item.Ref === 'string') found.add(item.Ref);
      const getAtt = item['Fn::GetAtt'];
      if (Array.isArray(getAtt) && typeof getAtt[0] === 'string') found.add(getAtt[0]);
      const sub = item['Fn::Sub'];
      const text = typeof sub === 'string' ? sub : Array.isArray(sub) && typeof sub[0] === 'string' ? sub[0] : '';
      for (const m of text.matchAll(/\$\{([^}!][^}]*)\}/g)) found.add((m[1] as string).split('.')[0] as string);
      stack.push(...Object.values(item));
    }
  }
  return found;
}
