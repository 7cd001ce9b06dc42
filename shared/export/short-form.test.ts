import { describe, expect, it } from 'vitest';
import { GetAtt, Join, Ref, Select, Split, Sub } from './intrinsics';
import { pairLines } from './serialize';
import { shortForm } from './short-form';

describe('long-form intrinsics read from a template, written short', () => {
  it('makes the intrinsics the exporter writes its own, inside lists and maps', () => {
    expect(shortForm({ A: { Ref: 'X' }, B: [{ 'Fn::GetAtt': ['X', 'Arn'] }, { 'Fn::GetAtt': 'Y.Arn' }] })).toEqual({ A: new Ref('X'), B: [new GetAtt('X', 'Arn'), new GetAtt('Y', 'Arn')] });
    expect(shortForm({ 'Fn::Select': [0, { 'Fn::Split': [',', { Ref: 'L' }] }] })).toEqual(new Select(0, new Split(',', new Ref('L'))));
    expect(shortForm({ 'Fn::Join': ['', ['a', { Ref: 'B' }]] })).toEqual(new Join('', ['a', new Ref('B')]));
    expect(shortForm({ 'Fn::Sub': ['${A}-x', { A: { Ref: 'P' } }] })).toEqual(new Sub('${A}-x', { A: new Ref('P') }));
    expect(pairLines('Value', shortForm({ 'Fn::GetAtt': ['Queue', 'Arn'] }), 0)).toEqual(['Value: !GetAtt Queue.Arn']);
  });

  it('leaves the others as they are: they mean the same in the long form', () => {
    const conditional = { 'Fn::If': ['Prod', { Ref: 'A' }, { Ref: 'AWS::NoValue' }] };
    expect(shortForm(conditional)).toEqual({ 'Fn::If': ['Prod', new Ref('A'), new Ref('AWS::NoValue')] });
    expect(shortForm({ Ref: 'A', Other: 1 })).toEqual({ Ref: 'A', Other: 1 });
  });
});
