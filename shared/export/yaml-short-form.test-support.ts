import { type CollectionTag, parse, type ScalarTag } from 'yaml';

/** Reads short-form tags back into the long form, so YAML and JSON can be compared. */
const scalarTags: ScalarTag[] = [
  { tag: '!Ref', resolve: (v: string) => ({ Ref: v }) },
  { tag: '!GetAtt', resolve: (v: string) => ({ 'Fn::GetAtt': [v.slice(0, v.indexOf('.')), v.slice(v.indexOf('.') + 1)] }) },
  { tag: '!Sub', resolve: (v: string) => ({ 'Fn::Sub': v }) },
  { tag: '!GetAZs', resolve: (v: string) => ({ 'Fn::GetAZs': v }) },
] as unknown as ScalarTag[];
const seqTags = ['Sub', 'Select', 'Split', 'Join'].map((name) => ({
  tag: `!${name}`,
  collection: 'seq',
  resolve: (seq: { toJSON: () => unknown }) => ({ [`Fn::${name}`]: seq.toJSON() }),
})) as unknown as CollectionTag[];

/** Parses exported YAML with its short tags turned into the long JSON forms. */
export function readShortForm(text: string): unknown {
  return parse(text, { customTags: [...scalarTags, ...seqTags], version: '1.1' });
}

