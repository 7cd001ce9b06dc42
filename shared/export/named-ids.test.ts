import { describe, expect, it } from 'vitest';
import { GetAtt, Join, Ref, Select, Sub } from './intrinsics';
import { namedIds } from './named-ids';

describe('namedIds', () => {
  it('finds ids in long-form intrinsics, nested anywhere', () => {
    const value = {
      Properties: {
        Role: { 'Fn::GetAtt': ['WorkerRole', 'Arn'] },
        Environment: { Variables: { TABLE: { Ref: 'Orders' }, URL: { 'Fn::Sub': 'https://${Api}.execute-api.${AWS::Region}.amazonaws.com/${Stage.Name}' } } },
        Events: [{ Queue: { 'Fn::Sub': ['${Jobs.Arn}/x', { Other: { Ref: 'Bucket' } }] } }],
      },
    };
    expect([...namedIds(value)].sort()).toEqual(['AWS::Region', 'Api', 'Bucket', 'Jobs', 'Orders', 'Stage', 'WorkerRole']);
  });

  it('finds ids in the exporter’s intrinsic objects as in their long form', () => {
    const value = { A: new Ref('Orders'), B: [new GetAtt('Worker', 'Arn')], C: new Sub('${Queue.Arn}', { X: new Ref('Topic') }), D: new Join(',', [new Select(0, [new Ref('Subnet')])]) };
    expect([...namedIds(value)].sort()).toEqual(['Orders', 'Queue', 'Subnet', 'Topic', 'Worker']);
    expect([...namedIds(value)].sort()).toEqual([...namedIds(JSON.parse(JSON.stringify(value)))].sort());
  });

  it('skips literal ${!...} in Sub, and takes undefined, null and scalars', () => {
    expect([...namedIds({ 'Fn::Sub': '${!Literal} ${Real}' })]).toEqual(['Real']);
    expect(namedIds(undefined).size).toBe(0);
    expect(namedIds(null).size).toBe(0);
    expect(namedIds('Ref').size).toBe(0);
  });
});
