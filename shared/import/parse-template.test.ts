import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, parseTemplate } from './parse-template';

const minimal = 'Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n';

describe('parseTemplate', () => {
  it('reads short-form tags as their long forms', () => {
    const text = `Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Role: !GetAtt Role.Arn
      Name: !Sub '\${AWS::StackName}-fn'
      Pick: !Select [0, !GetAZs '']
      Maybe: !If [IsProd, !Ref Big, !Ref AWS::NoValue]
      Found: !FindInMap [Sizes, !Ref Env, Memory]
      Dotted: !GetAtt Db.Endpoint.Address
`;
    const result = parseTemplate(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const properties = (result.template.Resources as Record<string, { Properties: unknown }>).Fn?.Properties;
    expect(properties).toEqual({
      Role: { 'Fn::GetAtt': ['Role', 'Arn'] },
      Name: { 'Fn::Sub': '${AWS::StackName}-fn' },
      Pick: { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] },
      Maybe: { 'Fn::If': ['IsProd', { Ref: 'Big' }, { Ref: 'AWS::NoValue' }] },
      Found: { 'Fn::FindInMap': ['Sizes', { Ref: 'Env' }, 'Memory'] },
      Dotted: { 'Fn::GetAtt': ['Db', 'Endpoint.Address'] },
    });
  });

  it('reads JSON templates', () => {
    const result = parseTemplate(JSON.stringify({ Resources: { Queue: { Type: 'AWS::SQS::Queue' } } }));
    expect(result.ok).toBe(true);
  });

  it('keeps policy versions as text, not dates', () => {
    const result = parseTemplate(`${minimal}    Properties:\n      Version: 2012-10-17\n`);
    expect(result.ok && (result.template.Resources as Record<string, { Properties: { Version: unknown } }>).Queue?.Properties.Version).toBe('2012-10-17');
  });

  it('reports malformed YAML with its line', () => {
    const result = parseTemplate('Resources:\n  Queue:\n    Type: [AWS::SQS::Queue\n  Other: x\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.line).toBeGreaterThanOrEqual(3);
  });

  it('reports an unknown tag with its line', () => {
    const result = parseTemplate(`${minimal}    Properties:\n      Name: !Bogus value\n`);
    expect(result).toMatchObject({ ok: false, problems: [{ line: 5, message: expect.stringContaining('unknown tag') }] });
  });

  it('refuses an alias bomb (billion laughs) instead of expanding it', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const result = parseTemplate(`${levels.join('\n')}\n${minimal}`);
    expect(result).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining('alias') }] });
  });

  it('refuses nesting deeper than any template', () => {
    const deep = `${'['.repeat(MAX_DEPTH + 10)}${']'.repeat(MAX_DEPTH + 10)}`;
    const result = parseTemplate(`${minimal}    Properties:\n      Deep: ${deep}\n`);
    expect(result).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining('nested') }] });
    const json = parseTemplate(`{"Resources": ${'{"a":'.repeat(200)}1${'}'.repeat(200)}}`);
    expect(json.ok).toBe(false);
  });

  it('refuses files over 10 MB before parsing them', () => {
    const result = parseTemplate(`${minimal}#${'x'.repeat(10 * 1024 * 1024)}\n`);
    expect(result).toMatchObject({ ok: false, problems: [{ line: 1, message: expect.stringContaining('10 MB') }] });
  });

  it('says when JSON is not a template, and where JSON is broken', () => {
    expect(parseTemplate('{"name": "package", "version": "1.0.0"}')).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining('no Resources') }] });
    expect(parseTemplate('[1, 2, 3]')).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining('not a CloudFormation template') }] });
    const broken = parseTemplate('{\n  "Resources": {\n    "A": {"Type": "X" "Other": 1}\n  }\n}');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.problems[0]?.line).toBe(3);
  });

  it('names resources without a type', () => {
    expect(parseTemplate('Resources:\n  Broken:\n    Properties: {}\n')).toMatchObject({ ok: false, problems: [{ path: 'Resources.Broken' }] });
  });

  it('warns about duplicate keys, keeping the last', () => {
    const result = parseTemplate(`${minimal}    Properties:\n      DelaySeconds: 1\n      DelaySeconds: 2\n`);
    expect(result).toMatchObject({ ok: true, warnings: [expect.stringContaining('DelaySeconds')] });
  });

  it('warns about every repeat of a key, in small maps and large', () => {
    const many = Array.from({ length: 20 }, (_, i) => `      K${i}: ${i}`).join('\n');
    const text = `${minimal}    Properties:\n      A: 1\n      B: 2\n      A: 3\n      A: 4\n      .nan: 5\n      .NaN: 6\n      ? [x]\n      : 7\n      ? [x]\n      : 8\n  Big:\n    Type: X::Y::Z\n    Properties:\n${many}\n      K3: again\n      K19: again\n`;
    expect(parseTemplate(text)).toMatchObject({ ok: true, warnings: [
      'line 38: key "K3" appears twice; the last one is kept',
      'line 39: key "K19" appears twice; the last one is kept',
      'line 7: key "A" appears twice; the last one is kept',
      'line 8: key "A" appears twice; the last one is kept',
      'line 10: key "NaN" appears twice; the last one is kept',
    ] });
  });

  it('reads nesting up to the limit and no deeper', () => {
    // The template, Resources, the resource and its properties are four levels.
    const nested = (levels: number) => `${minimal}    Properties:\n      Deep: ${'['.repeat(levels)}${']'.repeat(levels)}\n`;
    expect(parseTemplate(nested(MAX_DEPTH - 4)).ok).toBe(true);
    expect(parseTemplate(nested(MAX_DEPTH - 3)).ok).toBe(false);
  });
});
