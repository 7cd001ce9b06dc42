import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeExport } from './export-template';
import { GetAtt, GetAZs, Join, Ref, Select, Split, stackScoped, sub } from './intrinsics';
import { templateToJson, templateToYaml } from './serialize';
import type { CfnTemplate } from './template-types';
import { readShortForm } from './yaml-short-form.test-support';
import { templateToYamlByPackage } from './yaml-reference.test-support';
import { arbitraryDesign, everyConnectionDesign } from './sample-designs.test-support';

const template: CfnTemplate = {
  AWSTemplateFormatVersion: '2010-09-09',
  Description: 'Every intrinsic',
  Resources: {
    Pool: { Type: 'AWS::Cognito::UserPool', Properties: { MfaConfiguration: 'OFF', UsernameAttributes: ['yes', 'on', '12:30', '0755', 'true'] } },
    Subnet: { Type: 'AWS::EC2::Subnet', Properties: { VpcId: new Ref('Vpc'), CidrBlock: '10.0.0.0/24', AvailabilityZone: new Select(1, new GetAZs('')) } },
    Fn: {
      Type: 'AWS::Lambda::Function',
      DependsOn: ['Subnet', 'Pool'],
      Properties: {
        Role: new GetAtt('Role', 'Arn'),
        Code: { ZipFile: 'exports.handler = async () => 1;\nmodule.exports.x = 2;\n' },
        Environment: { Variables: { A: sub('${Pool.Arn}/x'), B: stackScoped('name-${StackSuffix}'), C: new Join('-', ['a', new Ref('AWS::Region')]), D: new Split(',', 'a,b') } },
      },
    },
  },
};

describe('serialization', () => {
  it('prints short intrinsic tags, one-line selects and block literals for code', () => {
    const yaml = templateToYaml(template);
    expect(yaml).toContain('VpcId: !Ref Vpc');
    expect(yaml).toContain("AvailabilityZone: !Select [1, !GetAZs '']");
    expect(yaml).toContain('Role: !GetAtt Role.Arn');
    expect(yaml).toContain("B: !Sub\n            - name-${StackSuffix}\n            - StackSuffix: !Select [4, !Split ['-', !Select [2, !Split [/, !Ref AWS::StackId]]]]");
    expect(yaml).toContain('ZipFile: |\n          exports.handler');
  });

  it('quotes strings that YAML 1.1 readers (CloudFormation, cfn-lint) would take for booleans or numbers', () => {
    const yaml = templateToYaml(template);
    expect(yaml).toContain("MfaConfiguration: 'OFF'");
    for (const text of ["'yes'", "'on'", "'12:30'", "'0755'", "'true'"]) expect(yaml).toContain(`- ${text}`);
  });

  it('says the same thing in YAML and in JSON', () => {
    expect(readShortForm(templateToYaml(template))).toEqual(JSON.parse(templateToJson(template)));
  });

  it('writes the long forms in JSON', () => {
    const json = JSON.parse(templateToJson(template));
    expect(json.Resources.Subnet.Properties.AvailabilityZone).toEqual({ 'Fn::Select': [1, { 'Fn::GetAZs': '' }] });
    expect(json.Resources.Fn.Properties.Role).toEqual({ 'Fn::GetAtt': ['Role', 'Arn'] });
    expect(json.Resources.Fn.Properties.Environment.Variables.A).toEqual({ 'Fn::Sub': '${Pool.Arn}/x' });
  });
});

describe('the YAML writer matches the yaml package', () => {
  const scalar = fc.oneof(
    fc.string({ unit: fc.constantFrom('a', 'Z', '0', '9', ' ', ':', '-', '#', "'", '"', '\n', '.', '$', '{', '}', '[', ']', ',', '*', '&', '!', '|', '>', '%', '@', '`', '?', '~', '/', '\\', '\t', 'é') }),
    fc.constantFrom('OFF', 'yes', 'No', 'y', '~', 'null', '12:30', '0755', '1e3', '0x1F', '.inf', '2020-01-01', '-1', '+5', '', ' ', 'a: b', 'a #b', '- x', '$default', 'AWS::Region', 'Payload.$', 'aws:SourceArn'),
    fc.integer({ min: -5, max: 100000 }),
    fc.boolean(),
  );
  const intrinsic = (inner: fc.Arbitrary<unknown>) => fc.oneof(
    fc.string().map((s) => new Ref(s || 'X')),
    fc.tuple(fc.string(), fc.string()).map(([a, b]) => new GetAtt(a || 'X', b || 'Arn')),
    fc.string().map((s) => sub(s)),
    fc.tuple(fc.string(), fc.dictionary(fc.string({ minLength: 1 }), inner, { maxKeys: 2 })).map(([s, v]) => sub(s, v)),
    fc.tuple(fc.nat(5), inner).map(([i, l]) => new Select(i, l)),
    fc.tuple(fc.string(), inner).map(([d, v]) => new Split(d, v)),
    fc.tuple(fc.string(), fc.array(inner, { maxLength: 3 })).map(([d, v]) => new Join(d, v)),
    fc.constant(new GetAZs('')),
  );
  const { value } = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, scalar, tie('array'), tie('object'), intrinsic(tie('value'))),
    array: fc.array(tie('value'), { maxLength: 4 }),
    object: fc.dictionary(fc.oneof(fc.string().filter((k) => !k.includes('\n')), fc.constantFrom('n', 'Type', 'aws:SourceArn', 'Payload.$', 'on', '---', '...')), tie('value'), { maxKeys: 4 }),
  }));

  it('prints any template structure byte for byte as the yaml package does', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1 }).filter((k) => !k.includes('\n')), value, { minKeys: 1, maxKeys: 5 }), (resources) => {
        const document = { AWSTemplateFormatVersion: '2010-09-09', Description: 'x', Resources: resources } as unknown as CfnTemplate;
        expect(templateToYaml(document)).toBe(templateToYamlByPackage(document));
      }),
      { numRuns: 400, seed: 7 },
    );
  });

  it('prints exported designs byte for byte as the yaml package does', () => {
    fc.assert(
      fc.property(arbitraryDesign, (design) => {
        for (const target of ['sam', 'cfn'] as const) {
          const { template } = analyzeExport(design, target);
          expect(templateToYaml(template)).toBe(templateToYamlByPackage(template));
        }
      }),
      { numRuns: 40, seed: 11 },
    );
    const { template } = analyzeExport(everyConnectionDesign(), 'cfn');
    expect(templateToYaml(template)).toBe(templateToYamlByPackage(template));
  });
});
