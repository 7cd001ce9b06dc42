import { describe, expect, it } from 'vitest';
import { loadDesign } from '../../shared/model/load-design';
import { main } from '../main';
import { memoryIo } from '../testing/memory-io';

const TEMPLATE = `Transform: AWS::Serverless-2016-10-31
Resources:
  Topic:
    Type: AWS::SNS::Topic
  Handler:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs22.x
      Handler: index.handler
      Events:
        Note:
          Type: SNS
          Properties:
            Topic: !Ref Topic
`;

describe('lambda-designer import', () => {
  it('writes the design of a template to the file given with -o', async () => {
    const cli = memoryIo({ 'template.yaml': TEMPLATE });
    expect(await main(['import', 'template.yaml', '-o', 'app.lambda.json'], cli.io)).toBe(0);
    const loaded = loadDesign(cli.files['app.lambda.json'] as string);
    expect(loaded.ok && loaded.design.nodes.map((n) => n.id).sort()).toEqual(['Handler', 'Topic']);
    expect(loaded.ok && loaded.design.edges.map((e) => `${e.source} ${e.meaning} ${e.target}`)).toEqual(['Topic invoke-async Handler']);
  });

  it('exits 2 with the line of bad input', async () => {
    const cli = memoryIo({ 'bad.yaml': 'Resources:\n  A:\n    Type: !Nope x\n' });
    expect(await main(['import', 'bad.yaml'], cli.io)).toBe(2);
    expect(cli.stderr()).toContain('bad.yaml:3:');
    expect(cli.stderr()).toContain('unknown tag');
  });

  it('exits 2 without a file', async () => {
    const cli = memoryIo({});
    expect(await main(['import'], cli.io)).toBe(2);
    expect(await main(['import', 'missing.yaml'], cli.io)).toBe(2);
  });
});
