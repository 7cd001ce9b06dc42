import { Schema } from 'yaml';

/** The yaml package's YAML 1.1 tests for plain scalars that are not strings: null, booleans, numbers, dates. */
const NOT_STRINGS: RegExp[] = new Schema({ schema: 'yaml-1.1' }).tags.flatMap((tag) => (tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test ? [tag.test] : []));

/**
 * Whether a YAML 1.1 reader (CloudFormation, cfn-lint) takes this text, written plain, for something
 * other than a string (`OFF`, `yes`, `12:30`, `0755`...): the yaml package then writes it quoted.
 */
export function readsAsOtherThanString(text: string): boolean {
  return NOT_STRINGS.some((test) => test.test(text));
}
