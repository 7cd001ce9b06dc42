import { describe, expect, it } from 'vitest';
import { getKind } from '../../../shared/catalog/registry';
import { describeFields } from './schema-fields';
import { codeLanguage, differsFromDefault, MIXED, sharedValue } from './selection-values';

const fields = describeFields(getKind('lambda-function')!.config);
const field = (key: string) => fields.find((f) => f.key === key)!;

describe('sharedValue', () => {
  const a = { memorySize: 1024, timeout: 30, environment: { STAGE: 'prod' }, asyncInvoke: { maximumRetryAttempts: 0 } };
  const b = { memorySize: 1024, timeout: 60, environment: { STAGE: 'prod' }, asyncInvoke: { maximumRetryAttempts: 2 } };

  it('gives the value the selected components share, or MIXED', () => {
    expect(sharedValue([a, b], ['memorySize'])).toBe(1024);
    expect(sharedValue([a, b], ['timeout'])).toBe(MIXED);
    expect(sharedValue([a, b], ['environment'])).toEqual({ STAGE: 'prod' });
    expect(sharedValue([a, b], ['asyncInvoke', 'maximumRetryAttempts'])).toBe(MIXED);
    expect(sharedValue([a], ['timeout'])).toBe(30);
    expect(sharedValue([a, b], ['reservedConcurrency'])).toBeUndefined();
  });
});

describe('differsFromDefault', () => {
  it('marks values other than the default, optional settings that are set, and mixed values', () => {
    expect(differsFromDefault(field('memorySize'), 128)).toBe(false);
    expect(differsFromDefault(field('memorySize'), 2048)).toBe(true);
    expect(differsFromDefault(field('environment'), {})).toBe(false);
    expect(differsFromDefault(field('environment'), { A1: 'x' })).toBe(true);
    expect(differsFromDefault(field('reservedConcurrency'), undefined)).toBe(false);
    expect(differsFromDefault(field('reservedConcurrency'), 0)).toBe(true);
    expect(differsFromDefault(field('timeout'), MIXED)).toBe(true);
    expect(differsFromDefault(field('functionUrl'), { enabled: false, authType: 'AWS_IAM', corsAllowOrigins: [], invokeMode: 'BUFFERED' })).toBe(false);
  });
});

describe('codeLanguage', () => {
  it('edits JSON and YAML as such, and inline code in the language of the runtime', () => {
    expect(codeLanguage('json', 'python3.13')).toBe('json');
    expect(codeLanguage('yaml', undefined)).toBe('yaml');
    expect(codeLanguage('code', 'python3.13')).toBe('python');
    expect(codeLanguage('code', 'nodejs24.x')).toBe('javascript');
    expect(codeLanguage('code', 'cloudfront-js-2.0')).toBe('javascript');
    expect(codeLanguage('code', MIXED)).toBe('javascript');
  });
});
