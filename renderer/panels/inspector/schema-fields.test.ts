import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { S3NotificationConfig, SqsMappingConfig } from '../../../shared/catalog/connections/configs';
import { KINDS, getKind } from '../../../shared/catalog/registry';
import { DesignSettings } from '../../../shared/model/design';
import { boundsText, defaultText, describeFields, type FieldDescriptor, titleOf } from './schema-fields';

const lambda = describeFields(getKind('lambda-function')!.config);
const field = (key: string, fields: readonly FieldDescriptor[] = lambda) => fields.find((f) => f.key === key)!;

describe('describeFields', () => {
  it('reads numbers with their unit, bounds, default and help from the zod schema', () => {
    expect(field('memorySize')).toMatchObject({
      type: 'integer', title: 'Memory', label: 'Memory (MB)', unit: 'MB', min: 128, max: 10240,
      defaultValue: 128, hasDefault: true, optional: false, path: ['memorySize'],
    });
    expect(field('timeout')).toMatchObject({ label: 'Timeout (s)', min: 1, max: 900, defaultValue: 3 });
    expect(field('timeout').description).toMatch(/Longest run/);
    expect(field('reservedConcurrency')).toMatchObject({ type: 'integer', optional: true, hasDefault: false, defaultValue: undefined, min: 0, max: 1000 });
    expect(field('logRetentionDays')).toMatchObject({ label: 'Log retention (days)', optional: true });
    expect(field('logRetentionDays').min).toBeUndefined();
  });

  it('tells enums, booleans, text with suggestions, lists, maps and code apart', () => {
    expect(field('architecture')).toMatchObject({ type: 'enum', options: ['x86_64', 'arm64'], defaultValue: 'x86_64' });
    expect(field('lambdaEdge')).toMatchObject({ type: 'boolean', title: 'Lambda@Edge', defaultValue: false });
    expect(field('runtime').type).toBe('text');
    expect(field('runtime').options).toContain('nodejs24.x');
    expect(field('environment')).toMatchObject({ type: 'string-map', defaultValue: {} });
    expect(field('inlineCode')).toMatchObject({ type: 'code', editor: 'code', optional: true });
    expect(field('policyStatements')).toMatchObject({ type: 'code', editor: 'json' });
    expect(field('events', describeFields(S3NotificationConfig))).toMatchObject({ type: 'string-list', defaultValue: ['s3:ObjectCreated:*'] });
    expect(field('filterPattern', describeFields(SqsMappingConfig))).toMatchObject({ type: 'code', editor: 'json', optional: true });
  });

  it('describes nested groups with their children’s paths and the group default filled in', () => {
    const group = field('functionUrl');
    expect(group).toMatchObject({ type: 'group', title: 'Function URL', description: 'Function URL.' });
    expect(group.defaultValue).toEqual({ enabled: false, authType: 'AWS_IAM', corsAllowOrigins: [], invokeMode: 'BUFFERED' });
    expect(group.children.map((c) => c.path.join('.'))).toEqual(['functionUrl.enabled', 'functionUrl.authType', 'functionUrl.corsAllowOrigins', 'functionUrl.invokeMode']);
    expect(field('corsAllowOrigins', group.children)).toMatchObject({ type: 'string-list', title: 'CORS allow origins' });
    expect(field('asyncInvoke').children.map((c) => c.label)).toEqual(['Maximum retry attempts', 'Maximum event age (s)']);
  });

  it('takes bounds from the schema’s own checks when there is no range in the metadata', () => {
    expect(field('accountConcurrencyLimit', describeFields(DesignSettings))).toMatchObject({ type: 'integer', min: 1, defaultValue: 1000 });
    expect(describeFields(z.object({ ratio: z.number().min(0).max(1) }))[0]).toMatchObject({ type: 'number', min: 0, max: 1 });
  });

  it('describes every setting of every kind, none of them unsupported', () => {
    const all = KINDS.flatMap((kind) => describeFields(kind.config));
    const flat = (fs: typeof all): typeof all => fs.flatMap((f) => [f, ...flat([...f.children])]);
    expect(flat(all).filter((f) => f.type === 'unsupported').map((f) => f.key)).toEqual([]);
    expect(flat(all).every((f) => f.description !== '')).toBe(true);
  });
});

describe('titleOf', () => {
  it('humanizes keys, keeps acronyms and drops unit words the unit already says', () => {
    expect(titleOf('integrationTimeoutMs', { unit: 'ms' })).toBe('Integration timeout');
    expect(titleOf('maximumRecordAgeInSeconds', { unit: 's' })).toBe('Maximum record age');
    expect(titleOf('allocatedStorageGB', { unit: 'GB' })).toBe('Allocated storage');
    expect(titleOf('enableDnsHostnames')).toBe('Enable DNS hostnames');
    expect(titleOf('imageUri')).toBe('Image URI');
    expect(titleOf('posixUid')).toBe('POSIX UID');
    expect(titleOf('anything', { title: 'Given title' })).toBe('Given title');
  });
});

describe('boundsText and defaultText', () => {
  it('say range and default as the form shows them', () => {
    expect(boundsText(field('memorySize'))).toBe('128–10,240 MB');
    expect(boundsText({ min: 1 })).toBe('at least 1');
    expect(boundsText(field('logRetentionDays'))).toBe('');
    expect(defaultText(field('memorySize'))).toBe('128');
    expect(defaultText(field('asyncInvoke').children[1]!)).toBe('21,600');
    expect(defaultText(field('lambdaEdge'))).toBe('off');
    expect(defaultText(field('description'))).toBe('empty');
    expect(defaultText(field('reservedConcurrency'))).toBe('not set');
    expect(defaultText(field('events', describeFields(S3NotificationConfig)))).toBe('s3:ObjectCreated:*');
    expect(defaultText(field('functionUrl'))).toBeUndefined();
  });
});
