import { describe, expect, it } from 'vitest';
import { serializeDesign } from '../../shared/model/save-design';
import { ALL_RULE_CASES } from '../../shared/rules/testing/all-cases';
import { drawCase, TEST_TODAY } from '../../shared/rules/testing/rule-cases';
import { main } from '../main';
import { memoryIo } from '../testing/memory-io';
import { QUEUE_TEMPLATE } from '../testing/templates';

interface JsonReport {
  findings: Array<{ ruleId: string; severity: string; message: string; nodeIds: string[]; edgeIds: string[] }>;
}

async function validateJson(files: Record<string, string>, file: string, ...more: string[]) {
  const cli = memoryIo(files);
  const code = await main(['validate', file, '--format', 'json', ...more], cli.io);
  return { code, report: code === 2 ? null : (JSON.parse(cli.stdout()) as JsonReport), stderr: cli.stderr() };
}

describe('lambda-designer validate', () => {
  describe('every rule fires on its breaking design and stays silent on its passing twin', () => {
    for (const c of ALL_RULE_CASES) {
      it(`${c.rule.id}: ${c.name}`, async () => {
        const today = ['--today', c.today ?? TEST_TODAY];
        const broken = await validateJson({ 'broken.lambda.json': serializeDesign(drawCase(c, true)) }, 'broken.lambda.json', ...today);
        expect(broken.report?.findings.map((f) => f.ruleId)).toContain(c.rule.id);
        expect(broken.code).toBe(broken.report?.findings.some((f) => f.severity === 'error') ? 1 : 0);
        const passing = await validateJson({ 'passing.lambda.json': serializeDesign(drawCase(c, false)) }, 'passing.lambda.json', ...today);
        expect(passing.report?.findings.map((f) => f.ruleId)).not.toContain(c.rule.id);
      });
    }
  });

  it('checks a SAM template, naming resources by their logical ids, and exits 1 on errors', async () => {
    const { code, report } = await validateJson({ 'template.yaml': QUEUE_TEMPLATE }, 'template.yaml');
    expect(code).toBe(1);
    const finding = report?.findings.find((f) => f.ruleId === 'SQS001');
    expect(finding?.severity).toBe('error');
    expect(finding?.nodeIds.sort()).toEqual(['Jobs', 'Worker']);
    expect(finding?.edgeIds).toHaveLength(1);
    expect(Object.keys(finding ?? {}).sort()).toEqual(['edgeIds', 'message', 'nodeIds', 'ruleId', 'severity']);
  });

  it('exits 0 when only warnings and notes remain, and prints them for people', async () => {
    const cli = memoryIo({ 'template.yaml': QUEUE_TEMPLATE.replace('VisibilityTimeout: 20', 'VisibilityTimeout: 120') });
    expect(await main(['validate', 'template.yaml'], cli.io)).toBe(0);
    expect(cli.stdout()).toMatch(/^warning SQS002 {2}Queue “Jobs” hides messages for 120 s/m);
    expect(cli.stdout()).toContain('fix: Set the visibility timeout to 360 s');
    expect(cli.stdout()).toMatch(/template\.yaml: 0 errors, \d+ warnings?, \d+ notes? \(\d+ rules checked\)\n$/);
  });

  it('honours the suppressions stored in a design', async () => {
    const c = ALL_RULE_CASES.find((x) => x.rule.id === 'SQS001');
    if (!c) throw new Error('SQS001 case missing');
    const design = drawCase(c, true);
    const queue = design.nodes.find((n) => n.kind === 'sqs-queue');
    design.suppressions.push({ ruleId: 'SQS001', nodeId: queue?.id ?? '', reason: 'short jobs only' });
    const { report } = await validateJson({ 'd.lambda.json': serializeDesign(design) }, 'd.lambda.json');
    expect(report?.findings.map((f) => f.ruleId)).not.toContain('SQS001');
  });

  it('exits 2 with the reason on unreadable input', async () => {
    let result = await validateJson({}, 'missing.lambda.json');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('cannot read missing.lambda.json');
    result = await validateJson({ 'bad.lambda.json': '{"format":"lambda-designer/design","version":1,"name":"x","nodes":[{"id":"a","kind":"lambda-function","name":"A","position":{"x":0,"y":"up"}}],"edges":[]}' }, 'bad.lambda.json');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('nodes[0].position.y');
    result = await validateJson({ 'bad.yaml': 'Resources:\n  A:\n    Type: !Nope x\n' }, 'bad.yaml');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('bad.yaml:3');
    const cli = memoryIo({});
    expect(await main(['validate', 'a', 'b'], cli.io)).toBe(2);
    expect(await main(['validate', 'a.lambda.json', '--format', 'xml'], cli.io)).toBe(2);
  });
});
