import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportTemplate } from '../export/export-template';
import type { Design } from '../model/design';
import { loadDesign } from '../model/load-design';
import { applyConfigChanges } from '../model/edits/apply-changes';
import { applyTemplateEdit } from './apply-template-edit';
import { importTemplate } from './import-template';

function starter(): Design {
  const loaded = loadDesign(readFileSync(new URL('../../templates/serverless-thumbnail-pipeline.lambda.json', import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error('starter does not load');
  const design = loaded.design;
  const fn = design.nodes.find((n) => n.id === 'thumbnailer');
  if (fn) fn.notes = 'Owned by the media team';
  design.suppressions.push({ ruleId: 'OPS001', nodeId: 'thumbnailer', reason: 'retention set by the organisation' });
  return design;
}

function edited(design: Design, edit: (text: string) => string) {
  const text = edit(exportTemplate(design, { target: 'sam' }));
  const result = applyTemplateEdit(design, text);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.line}: ${p.message}`).join('; '));
  return { result, text };
}

describe('editing the exported template', () => {
  it('changes the setting, and keeps each component’s name, place, notes and suppressions', () => {
    const design = starter();
    const { result } = edited(design, (t) => t.replace('Timeout: 60', 'Timeout: 45'));
    const fn = result.design.nodes.find((n) => n.kind === 'lambda-function');
    const old = design.nodes.find((n) => n.id === 'thumbnailer');
    expect(fn?.config).toMatchObject({ timeout: 45, memorySize: 1024, runtime: 'python3.13' });
    expect(fn?.name).toBe('Thumbnail function');
    expect(fn?.position).toEqual(old?.position);
    expect(fn?.notes).toBe('Owned by the media team');
    expect(fn?.id).toBe('thumbnailer');
    expect(result.design.suppressions).toEqual(design.suppressions);
    expect(result.design.nodes).toHaveLength(design.nodes.length);
    expect(result.design.edges).toHaveLength(design.edges.length);
  });

  it('exports the edited setting back, and says which edits the design cannot keep', () => {
    const { result } = edited(starter(), (t) => t.replace('Timeout: 60', 'Timeout: 45').replace('  Thumbnails:\n    Type: AWS::S3::Bucket\n', '  Thumbnails:\n    Type: AWS::S3::Bucket\n    DeletionPolicy: Retain\n'));
    const again = exportTemplate(result.design, { target: 'sam' });
    expect(again).toContain('Timeout: 45');
    expect(result.notes).toEqual(['Thumbnails: the change is to something the design does not model, so it is not kept.']);
    const unchanged = applyTemplateEdit(result.design, again);
    expect(unchanged.ok && unchanged.design).toBe(result.design);
  });

  it('a removed setting goes back to its default; a new resource becomes a new component beside the drawing', () => {
    const design = starter();
    const { result } = edited(design, (t) => t.replace('      MemorySize: 1024\n', '').replace('Resources:\n', 'Resources:\n  AuditQueue:\n    Type: AWS::SQS::Queue\n    Properties:\n      VisibilityTimeout: 90\n'));
    expect(result.design.nodes.find((n) => n.kind === 'lambda-function')?.config).toMatchObject({ memorySize: 128, timeout: 60 });
    const queue = result.design.nodes.find((n) => n.name === 'AuditQueue');
    expect(queue?.config).toMatchObject({ visibilityTimeout: 90 });
    const right = Math.max(...design.nodes.map((n) => n.position.x));
    expect(queue?.position.x).toBeGreaterThan(right);
  });

  it('a resource deleted from the text removes its component', () => {
    const design = starter();
    const { result } = edited(design, (t) => t.replace(/ {2}Thumbnails:\n {4}Type: AWS::S3::Bucket\n/, '').replace(/\n\s+THUMBNAILS_BUCKET_NAME: !Ref Thumbnails/, '').replace(/\n\s+- S3WritePolicy:\n\s+BucketName: !Ref Thumbnails/, ''));
    expect(result.design.nodes.map((n) => n.name).sort()).toEqual(['Failed thumbnails', 'Image metadata', 'Thumbnail function', 'Uploads']);
  });

  it('text that does not parse changes nothing and says where', () => {
    const result = applyTemplateEdit(starter(), 'Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties: [oops\n');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]?.line).toBeGreaterThan(0);
  });

  it('the retention of a function’s own log group is the function’s setting', () => {
    const { result } = edited(starter(), (t) => t.replace('RetentionInDays: 30', 'RetentionInDays: 14'));
    expect(result.design.nodes.find((n) => n.kind === 'lambda-function')?.config).toMatchObject({ logRetentionDays: 14 });
    expect(result.design.nodes.some((n) => n.kind === 'log-group')).toBe(false);
  });

  describe('applying a starter design’s own template changes nothing the user drew', () => {
    const dir = new URL('../../templates/', import.meta.url);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.lambda.json'))) {
      it(file, () => {
        const loaded = loadDesign(readFileSync(new URL(file, dir), 'utf8'));
        if (!loaded.ok) throw new Error('does not load');
        const design = loaded.design;
        const result = applyTemplateEdit(design, exportTemplate(design, { target: 'sam' }));
        if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
        expect(result.design).toBe(design);
        expect(result.notes).toEqual([]);
      });
    }
  });
});

describe('editing the template of a design imported from one', () => {
  const TEMPLATE = `# Orders
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  Jobs:
    Type: AWS::SQS::Queue
    Properties:
      VisibilityTimeout: 120
  Worker:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      Runtime: python3.13
      CodeUri: src/
      Timeout: 20
Outputs:
  JobsUrl:
    Value: !Ref Jobs
`;
  function imported(): Design {
    const result = importTemplate(TEMPLATE, 'orders.yaml');
    if (!result.ok) throw new Error('does not import');
    return result.design;
  }

  it('keeps what the design does not model as typed: tags, a comment, an output', () => {
    const design = imported();
    const { result, text } = edited(design, (t) =>
      t
        .replace('      VisibilityTimeout: 120\n', '      VisibilityTimeout: 120\n      Tags:\n        - Key: team\n          Value: orders   # billing\n')
        .replace('  Worker:\n', '  # Runs every job\n  Worker:\n')
        .replace('    Value: !Ref Jobs\n', '    Value: !Ref Jobs\n  JobsArn:\n    Value: !GetAtt Jobs.Arn\n'),
    );
    expect(result.notes).toEqual([]);
    expect(exportTemplate(result.design, { target: 'sam' })).toBe(text);
  });

  it('a setting the design models changes the component too, and the text stays as typed', () => {
    const { result, text } = edited(imported(), (t) => t.replace('      Timeout: 20\n', '      Timeout: 45   # jobs take longer\n      Tags:\n        team: orders\n'));
    expect(result.design.nodes.find((n) => n.id === 'Worker')?.config).toMatchObject({ timeout: 45 });
    expect(exportTemplate(result.design, { target: 'sam' })).toBe(text);
    // An edit made on the canvas afterwards still changes only its own line.
    const later = applyConfigChanges(result.design, [{ target: 'node', id: 'Worker', path: ['memorySize'], value: 512 }]);
    expect(exportTemplate(later, { target: 'sam' })).toBe(text.replace('      Tags:\n        team: orders\n', '      Tags:\n        team: orders\n      MemorySize: 512\n'));
  });

  it('a drawn design still says which edits it cannot keep', () => {
    const { result } = edited(starter(), (t) => t.replace(/(\n {2}Thumbnails:\n {4}Type: AWS::S3::Bucket\n)/, '$1    DeletionPolicy: Retain\n'));
    expect(result.notes.join(' ')).toMatch(/does not model/);
  });
});
