import { describe, expect, it } from 'vitest';
import { getKind } from '../../../shared/catalog/registry';
import { describeFields, numberError } from './schema-fields';

const fields = describeFields(getKind('lambda-function')!.config);
const field = (key: string) => fields.find((f) => f.key === key)!;

describe('describeFields', () => {
  it('reads types, units, ranges, defaults and help from the zod schema', () => {
    expect(field('memorySize')).toMatchObject({ type: 'integer', label: 'Memory size (MB)', defaultValue: 128, meta: { range: [128, 10240] } });
    expect(field('architecture')).toMatchObject({ type: 'enum', options: ['x86_64', 'arm64'], defaultValue: 'x86_64' });
    expect(field('reservedConcurrency')).toMatchObject({ type: 'integer', optional: true });
    expect(field('environment').type).toBe('map');
    expect(field('inlineCode').meta.editor).toBe('code');
    expect(field('runtime').options).toContain('nodejs24.x');
    const group = field('asyncInvoke');
    expect(group.type).toBe('group');
    expect(group.children.map((c) => c.key)).toEqual(['maximumRetryAttempts', 'maximumEventAgeInSeconds']);
    expect(field('timeout').meta.description).toMatch(/Longest run/);
  });
});

describe('numberError', () => {
  it('explains what is wrong as the user types, in the field’s unit', () => {
    expect(numberError('20000', field('memorySize'))).toBe('Must be between 128 and 10,240 MB.');
    expect(numberError('12.5', field('memorySize'))).toBe('Enter a whole number.');
    expect(numberError('abc', field('timeout'))).toBe('Enter a number.');
    expect(numberError('', field('timeout'))).toBe('Enter a number.');
    expect(numberError('', field('reservedConcurrency'))).toBeNull();
    expect(numberError('2048', field('memorySize'))).toBeNull();
  });
});
