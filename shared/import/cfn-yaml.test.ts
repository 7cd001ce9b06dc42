import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { CFN_TAGS, readCfnYaml, writeCfnYaml } from './cfn-yaml';
import { writeSimply } from './plain-yaml-writer';

/** What reading the text gives without the values writeCfnYaml remembers. */
const parsed = (text: string) => parse(text, { customTags: CFN_TAGS, maxAliasCount: 100 }) as unknown;

function outcome(read: () => unknown): { value: unknown } | { error: string } {
  try {
    return { value: read() };
  } catch (error) {
    return { error: String(error) };
  }
}

const TRICKY = ['', '~', 'null', 'Null', 'true', 'False', 'yes', 'on', 'y', '0o17', '0x1F', '017', '0b101', '-0', '+1', '1e3', '.5', '1.', '.inf', '-.Inf', '.nan',
  '12:30', '2012-10-17', '10.0.0.0/16', '<<', '!Ref X', '*x', '&a b', ' lead', 'trail ', 'a\nb', 'a\n', ' \n', '\n ', 'a\n\n', '\t', '\r', 'a\r\nb', '\uFEFFa', '\uD800', 'a\u0085b', '# no', 'a: b', '- a', '"', "'", '\u0000', '\u2028', 'é'];
const text = fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: fc.constantFrom('a', '0', '1', '.', '-', '+', 'e', 'x', 'o', ' ', ':', '#', '\n', '\r', '\t', '~', '_', 'n', 'u', 'l', '"', "'", '\\', '|', '>') }), fc.string(), fc.string({ unit: 'binary' }));
const scalar = fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(-0));
const value = fc.letrec((tie) => ({
  any: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('any'), { maxLength: 4 }), fc.dictionary(text, tie('any'), { maxKeys: 4 })),
})).any;

describe('readCfnYaml of the text writeCfnYaml made', () => {
  it('gives what parsing that text gives', () => {
    fc.assert(fc.property(value, (v) => {
      const written = writeCfnYaml(v);
      // The yaml package writes some strings as text it cannot read (` \na` at the top): then both throw.
      expect(outcome(() => readCfnYaml(written))).toStrictEqual(outcome(() => parsed(written)));
    }), { numRuns: 1000 });
  });

  it('gives long forms for intrinsics, as parsing does', () => {
    const properties = { Bucket: { Ref: 'Uploads' }, Arn: { 'Fn::GetAtt': ['Queue', 'Arn'] }, Name: { 'Fn::Sub': '${AWS::StackName}-x' }, Port: '443', Tags: [] };
    const written = writeCfnYaml(properties);
    expect(readCfnYaml(written)).toStrictEqual(parsed(written));
  });

  it('shares nothing: neither with the value written nor between reads', () => {
    const properties = { RouteTableId: { Ref: 'Table' }, Routes: [{ Cidr: '10.0.0.0/16' }] };
    const written = writeCfnYaml(properties);
    properties.Routes.push({ Cidr: '10.1.0.0/16' });
    const first = readCfnYaml(written) as typeof properties;
    expect(first.Routes).toHaveLength(1);
    first.Routes.push({ Cidr: '10.2.0.0/16' });
    (first.RouteTableId as Record<string, string>).Ref = 'Other';
    expect(readCfnYaml(written)).toStrictEqual({ RouteTableId: { Ref: 'Table' }, Routes: [{ Cidr: '10.0.0.0/16' }] });
  });
});

/** Words and values as resource properties hold them, and near misses that the yaml package must write. */
const WORDS = ['Name', 'vpc', 'AWS::Region', 'Fn::GetAtt', 'Ref', 'my bucket', 'a  b', 'a b ', 'x/y.z-1_2', 'Yes', 'no', 'ON', 'Off', 'null', 'NULL', 'y', 'N', 'True', 'e5', 'E', 'a:b', 'a: b',
  'a::', 'a #b', 'a#b', 'ab:', 'a,b', 'a[0]', '{x}', 'x'.repeat(1001), 'Tab\tin', 'é', '0.0.0.0/0', '10.0.0.0/16', '2012-10-17',
  '2001-12-14 21:59:43.10 -5', '1_000', '0b101', '0x1F', '017', '0o17', '1e5', '12', '1.5', '1.0.0', '190:20:30', '10', '-1', 'a\nb', ''];
const word = fc.oneof(fc.constantFrom(...WORDS), fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 _./:-]{0,12}$/));
const simple = fc.letrec((tie) => ({
  any: fc.oneof({ depthSize: 'small', withCrossShrink: true },
    word, fc.integer(), fc.constantFrom(true, false, null, -0, 1.5, 2 ** 60, Number.NaN, undefined),
    fc.array(tie('any'), { maxLength: 4 }), fc.dictionary(word, tie('any'), { maxKeys: 4 })),
})).any;

describe('writeCfnYaml', () => {
  it('writes what the yaml package writes, taking the short way for plain words, integers, booleans and nulls', () => {
    let simply = 0;
    fc.assert(fc.property(simple, (v) => {
      const expected = v === undefined ? '' : stringify(v, { lineWidth: 0, version: '1.1' });
      expect(writeCfnYaml(v)).toBe(expected);
      if (writeSimply(v) !== undefined) simply++;
    }), { numRuns: 3000 });
    expect(simply).toBeGreaterThan(200);
  });

  it('takes the short way for the properties of generic resources', () => {
    const shared = { Key: 'Name', Value: 'x' };
    const cases: unknown[] = [
      { VpcId: { Ref: 'VPC1' }, InternetGatewayId: { Ref: 'IGW1' } },
      { Domain: 'vpc', Tags: [{ Key: 'Name', Value: 'NAT one' }] },
      { Policies: [[{ Ref: 'A' }, []], [{}]], Arn: { 'Fn::GetAtt': ['Queue', 'Arn'] }, Empty: {}, Count: 3, Enabled: true, None: null },
      [{ A: [{ B: [1, 2] }] }],
      {},
      [],
    ];
    for (const value of cases) expect(writeSimply(value)).toBe(stringify(value, { lineWidth: 0, version: '1.1' }));
    // Shared parts are written with anchors and aliases: by the yaml package.
    expect(writeSimply({ A: shared, B: shared })).toBeUndefined();
    const none: unknown[] = [];
    expect(writeSimply({ A: none, B: none })).toBeUndefined();
  });
});
