import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../main';
import { memoryIo } from '../testing/memory-io';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const thumbnail = readFileSync(join(root, 'templates', 'serverless-thumbnail-pipeline.lambda.json'), 'utf8');

describe('lambda-designer export', () => {
  it('prints the SAM template by default, in YAML', async () => {
    const cli = memoryIo({ 'thumbs.lambda.json': thumbnail });
    expect(await main(['export', 'thumbs.lambda.json'], cli.io)).toBe(0);
    expect(cli.stdout()).toContain('Transform: AWS::Serverless-2016-10-31');
    expect(cli.stdout()).toContain('Type: AWS::Serverless::Function');
    expect(cli.stderr()).toBe('');
  });

  it('prints plain CloudFormation as JSON with --target cfn --json', async () => {
    const cli = memoryIo({ 'thumbs.lambda.json': thumbnail });
    expect(await main(['export', 'thumbs.lambda.json', '--target', 'cfn', '--json'], cli.io)).toBe(0);
    const template = JSON.parse(cli.stdout());
    expect(template.Transform).toBeUndefined();
    expect(template.Resources.ThumbnailFunction.Type).toBe('AWS::Lambda::Function');
  });

  it('writes to the file given with -o', async () => {
    const cli = memoryIo({ 'thumbs.lambda.json': thumbnail });
    expect(await main(['export', 'thumbs.lambda.json', '--target=cfn', '-o', 'out/template.yaml'], cli.io)).toBe(0);
    expect(cli.files['out/template.yaml']).toContain('Type: AWS::Lambda::Permission');
    expect(cli.stdout()).toBe('');
  });

  it('exits 2 and lists the problems of a design it cannot read', async () => {
    const broken = JSON.stringify({ format: 'lambda-designer/design', version: 1, name: 'x', nodes: [{ id: 'a', kind: 'lambda-function', name: 'A', position: { x: 0, y: 0 } }], edges: [{ id: 'e', source: 'a', target: 'ghost', meaning: 'access', config: {} }] });
    const cli = memoryIo({ 'broken.lambda.json': broken, 'notjson.lambda.json': '{"format": ' });
    expect(await main(['export', 'broken.lambda.json'], cli.io)).toBe(2);
    expect(cli.stderr()).toContain('broken.lambda.json is not a design this version can read');
    expect(cli.stderr()).toContain('edges[0].target: no node has the id "ghost"');
    expect(await main(['export', 'notjson.lambda.json'], cli.io)).toBe(2);
    expect(cli.stderr()).toContain('(file): not valid JSON');
    expect(cli.stdout()).toBe('');
  });

  it('exits 2 on a missing file, a bad target, or a wrong number of arguments', async () => {
    const cli = memoryIo({ 'thumbs.lambda.json': thumbnail });
    expect(await main(['export', 'missing.lambda.json'], cli.io)).toBe(2);
    expect(cli.stderr()).toContain('cannot read missing.lambda.json: ENOENT');
    expect(await main(['export', 'thumbs.lambda.json', '--target', 'terraform'], cli.io)).toBe(2);
    expect(cli.stderr()).toContain('--target must be sam or cfn, not "terraform"');
    expect(await main(['export'], cli.io)).toBe(2);
    expect(cli.stderr()).toContain('expected one design file');
    expect(await main(['export', 'thumbs.lambda.json', '--yaml'], cli.io)).toBe(2);
    expect(cli.stderr()).toContain('unknown option --yaml');
  });

  it('is listed in the help and has its own', async () => {
    const cli = memoryIo({});
    expect(await main(['--help'], cli.io)).toBe(0);
    expect(cli.stdout()).toContain('export');
    expect(await main(['export', '--help'], cli.io)).toBe(0);
    expect(cli.stdout()).toContain('Usage: lambda-designer export <design.lambda.json> [--target sam|cfn] [--json] [-o file]');
  });
});
