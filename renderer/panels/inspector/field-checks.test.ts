import { describe, expect, it } from 'vitest';
import { getKind } from '../../../shared/catalog/registry';
import { environmentOf, environmentProblems, jsonProblem, listProblems, parseNumberText, yamlProblem } from './field-checks';
import { describeFields } from './schema-fields';

const fields = describeFields(getKind('lambda-function')!.config);
const field = (key: string) => fields.find((f) => f.key === key)!;

describe('parseNumberText', () => {
  it('explains what is wrong as the user types, in the field’s unit', () => {
    expect(parseNumberText('20000', field('memorySize'))).toEqual({ ok: false, problem: 'Must be between 128 and 10,240 MB.' });
    expect(parseNumberText('64', field('memorySize'))).toEqual({ ok: false, problem: 'Must be between 128 and 10,240 MB.' });
    expect(parseNumberText('12.5', field('memorySize'))).toEqual({ ok: false, problem: 'Enter a whole number.' });
    expect(parseNumberText('abc', field('timeout'))).toEqual({ ok: false, problem: 'Enter a number.' });
    expect(parseNumberText('12abc', field('timeout'))).toEqual({ ok: false, problem: 'Enter a number.' });
    expect(parseNumberText('', field('timeout'))).toEqual({ ok: false, problem: 'Enter a number.' });
    expect(parseNumberText('0', { type: 'integer', optional: false, min: 1 })).toEqual({ ok: false, problem: 'Must be at least 1.' });
  });

  it('gives the number to save, or undefined to clear an optional setting', () => {
    expect(parseNumberText(' 2048 ', field('memorySize'))).toEqual({ ok: true, value: 2048 });
    expect(parseNumberText('10240', field('memorySize'))).toEqual({ ok: true, value: 10240 });
    expect(parseNumberText('', field('reservedConcurrency'))).toEqual({ ok: true, value: undefined });
    expect(parseNumberText('3650', field('logRetentionDays'))).toEqual({ ok: true, value: 3650 });
  });
});

describe('jsonProblem and yamlProblem', () => {
  it('accept valid text and empty text, and explain parse errors', () => {
    expect(jsonProblem('{"source": ["my.app"]}')).toBeNull();
    expect(jsonProblem('   ')).toBeNull();
    expect(jsonProblem('{"source": [}')).toMatch(/^Not valid JSON: /);
    expect(yamlProblem('BucketName: !Ref Name\nTags: []')).toBeNull();
    expect(yamlProblem('')).toBeNull();
    expect(yamlProblem('- a\n- b')).toBe('Must be a YAML map (key: value lines).');
    expect(yamlProblem('a: [1, 2')).toMatch(/^Not valid YAML: /);
  });
});

describe('environmentProblems', () => {
  it('flags empty, repeated, malformed and reserved names on their own row', () => {
    const rows = [
      { key: 'TABLE', value: 'images' },
      { key: '', value: 'orphan' },
      { key: 'TABLE ', value: 'again' },
      { key: '1ST', value: '' },
      { key: 'AWS_REGION', value: 'eu-west-1' },
      { key: '', value: '' },
      { key: 'STAGE', value: '' },
    ];
    expect(environmentProblems(rows)).toEqual([
      null, 'Name needed.', 'TABLE is already set above.', 'Letters, digits and _, starting with a letter (2 characters or more).',
      'AWS_REGION is set by Lambda itself.', null, null,
    ]);
  });

  it('turns rows into variables, leaving blank rows out', () => {
    expect(environmentOf([{ key: ' TABLE ', value: 'images' }, { key: '', value: '' }, { key: 'STAGE', value: '' }])).toEqual({ TABLE: 'images', STAGE: '' });
  });
});

describe('listProblems', () => {
  it('notes repeated items', () => {
    expect(listProblems(['https://a.example', 'https://b.example', ' https://a.example', ''])).toEqual([null, null, 'Listed twice.', null]);
  });
});
