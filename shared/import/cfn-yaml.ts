import { type CollectionTag, isMap, isSeq, parse, type ScalarTag, stringify } from 'yaml';
import { writeSimply } from './plain-yaml-writer';
import { remember, rememberedValue } from './written-yaml-values';

/** Short-form tags and the long form each stands for. */
const INTRINSICS: Record<string, string> = {
  Ref: 'Ref', Condition: 'Condition',
  GetAtt: 'Fn::GetAtt', Sub: 'Fn::Sub', Join: 'Fn::Join', Select: 'Fn::Select', Split: 'Fn::Split', GetAZs: 'Fn::GetAZs',
  ImportValue: 'Fn::ImportValue', FindInMap: 'Fn::FindInMap', Base64: 'Fn::Base64', Cidr: 'Fn::Cidr', If: 'Fn::If',
  Equals: 'Fn::Equals', And: 'Fn::And', Or: 'Fn::Or', Not: 'Fn::Not', Transform: 'Fn::Transform', Length: 'Fn::Length',
  ToJsonString: 'Fn::ToJsonString', ForEach: 'Fn::ForEach', Contains: 'Fn::Contains', EachMemberEquals: 'Fn::EachMemberEquals',
  EachMemberIn: 'Fn::EachMemberIn', RefAll: 'Fn::RefAll', ValueOf: 'Fn::ValueOf', ValueOfAll: 'Fn::ValueOfAll',
  Implies: 'Fn::Implies',
};

/** `!GetAtt A.B` is short for `Fn::GetAtt: [A, B]`; the attribute may itself hold dots. */
function longValue(name: string, value: unknown): unknown {
  if (name === 'GetAtt' && typeof value === 'string') {
    const dot = value.indexOf('.');
    return dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)];
  }
  return value;
}

/** The long form of `!name value` (a string, a list or a map), or undefined when `!name` is not one of CloudFormation's tags. */
export function longForm(name: string, value: unknown): Record<string, unknown> | undefined {
  return Object.hasOwn(INTRINSICS, name) ? { [INTRINSICS[name] as string]: longValue(name, value) } : undefined;
}

export const CFN_TAGS: (ScalarTag | CollectionTag)[] = Object.entries(INTRINSICS).flatMap(([name, key]) => [
  { tag: `!${name}`, resolve: (value: string) => longForm(name, value) } as ScalarTag,
  { tag: `!${name}`, collection: 'seq', resolve: (seq: unknown) => ({ [key]: isSeq(seq) ? seq.toJSON() : seq }) } as unknown as CollectionTag,
  { tag: `!${name}`, collection: 'map', resolve: (map: unknown) => ({ [key]: isMap(map) ? map.toJSON() : map }) } as unknown as CollectionTag,
]);

/** A YAML value written with CloudFormation's short tags (or long forms), as long-form JSON; throws on bad YAML. */
export function readCfnYaml(text: string): unknown {
  const remembered = rememberedValue(text);
  if (remembered) return remembered.value;
  return parse(text, { customTags: CFN_TAGS, maxAliasCount: 100 }) as unknown;
}

/** Long-form JSON as YAML text, for the text fields of a generic resource. */
export function writeCfnYaml(value: unknown): string {
  if (value === undefined) return '';
  const text = writeSimply(value) ?? stringify(value, { lineWidth: 0, version: '1.1' });
  remember(text, value);
  return text;
}
