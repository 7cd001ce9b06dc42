import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportTemplate } from '../export/export-template';
import { connectNodes } from '../model/edits/connect-nodes';
import { updateNodeConfig } from '../model/edits/update-config';
import type { Design } from '../model/design';
import { loadDesign } from '../model/load-design';
import { importTemplate } from './import-template';
import { parseTemplate } from './parse-template';

/**
 * Every corpus template: import, export as SAM, and compare resources (logical id and type) and
 * cfn-lint errors per file, originals and round trips each linted in one cfn-lint run.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = join(root, '..', 'shared', 'corpus');
const corpusAvailable = existsSync(corpus);
if (!corpusAvailable) console.log(`round-trip tests skipped: no corpus at ${corpus}`);
const lintAvailable = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' }).status === 0;
if (!lintAvailable) console.log('round-trip cfn-lint comparison skipped: cfn-lint is not installed (pip install cfn-lint).');

/** Templates the importer refuses, and why (the yaml package is stricter than PyYAML). */
const KNOWN_REFUSED: Record<string, string> = {
  'systems-manager-automation-to-stepfunctions.yaml': 'a flow sequence indented less than its key: PyYAML reads it, YAML 1.2 parsers refuse it',
  'cloudfront-lambda-url-rust.yaml': 'logical id 3hCachePolicy starts with a digit, which a design node id cannot',
};

interface Finding { Filename: string; Level: string; Rule: { Id: string } }

function lintErrors(folder: string, files: string[]): Map<string, string[]> {
  const run = spawnSync('cfn-lint', ['--format', 'json', ...files], { cwd: folder, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (!run.stdout.trim().startsWith('[')) throw new Error(`cfn-lint gave no report (exit ${run.status}): ${run.stderr.slice(0, 2000)}`);
  const errors = new Map<string, string[]>(files.map((f) => [f, []]));
  for (const finding of JSON.parse(run.stdout) as Finding[]) {
    if (finding.Level !== 'Error') continue;
    const file = finding.Filename.split(/[\\/]/).pop() as string;
    errors.get(file)?.push(finding.Rule.Id);
  }
  return errors;
}

/** The Resources section's lines, from `Resources:` to the next top-level key. */
function resourcesSection(text: string): string[] {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => /^Resources:\s*(#.*)?$/.test(l));
  if (start < 0) return [];
  const end = lines.findIndex((l, i) => i > start && /^[^\s#]/.test(l));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}
/** Comments inside Resources, leaving out those after its last resource (they introduce the next section). */
function commentLines(text: string): string[] {
  const lines = resourcesSection(text).map((l) => l.trim());
  let end = lines.length;
  while (end > 0 && (lines[end - 1] === '' || (lines[end - 1] as string).startsWith('#'))) end--;
  return lines.slice(0, end).filter((l) => l.startsWith('#'));
}
const withoutBlankLines = (lines: string[]) => lines.map((l) => l.trimEnd()).filter((l) => l !== '' && !/^#/.test(l));

const typesOf = (template: { Resources?: Record<string, { Type?: unknown }> }) =>
  Object.fromEntries(Object.entries(template.Resources ?? {}).map(([id, r]) => [id, String(r.Type)]));

/** Settings of each kind the corpus-wide edit changes, and to what. */
const MANY_EDITS: Record<string, [path: string[], value: unknown][]> = {
  // Not the architecture: where Globals list one, SAM adds a function's own to it (rule DEP004 says so).
  'lambda-function': [[['memorySize'], 1536], [['timeout'], 33], [['tracing'], 'Active'], [['reservedConcurrency'], 5]],
  'sqs-queue': [[['visibilityTimeout'], 700], [['messageRetentionPeriod'], 86400]],
  'dynamodb-table': [[['billingMode'], 'PROVISIONED']],
  's3-bucket': [[['versioning'], true]],
  'log-group': [[['retentionInDays'], 30]],
  'kinesis-stream': [[['retentionPeriodHours'], 48]],
  'eventbridge-rule': [[['state'], 'DISABLED']],
};

/** The design with many settings of every function, queue, table, bucket, log group, stream and rule changed. */
function manySettingsEdited(design: Design): { design: Design; edited: string[] } {
  let result = design;
  const edited = new Set<string>();
  for (const node of design.nodes) {
    for (const [path, value] of MANY_EDITS[node.kind] ?? []) result = updateNodeConfig(result, [node.id], path, value);
    if (MANY_EDITS[node.kind] && design.source?.resources[node.id]) edited.add(node.id);
  }
  return { design: result, edited: [...edited] };
}

describe.skipIf(!corpusAvailable)('round trip over the corpus', () => {
  const files = corpusAvailable ? readdirSync(corpus).filter((f) => f.endsWith('.yaml')).sort() : [];
  const folder = mkdtempSync(join(tmpdir(), 'lambda-designer-roundtrip-'));
  const refused = new Map<string, string>();
  const differences = new Map<string, string>();
  let identical = 0;
  const lostComments = new Map<string, string[]>();
  let sameResourcesText = 0;
  let sameText = 0;
  const notExact: string[] = [];
  let lintOriginal = new Map<string, string[]>();
  let lintRoundTrip = new Map<string, string[]>();
  let lintEdited = new Map<string, string[]>();
  const harmedByEdits: string[] = [];
  let editedCount = 0;
  const exported: string[] = [];

  beforeAll(() => {
    for (const file of files) {
      const text = readFileSync(join(corpus, file), 'utf8');
      const imported = importTemplate(text, file);
      if (!imported.ok) {
        refused.set(file, imported.problems.map((p) => `line ${p.line ?? '?'}: ${p.message}`).join('; '));
        continue;
      }
      const output = exportTemplate(imported.design, { target: 'sam' });
      writeFileSync(join(folder, `original-${file}`), text);
      writeFileSync(join(folder, `roundtrip-${file}`), output);
      const many = manySettingsEdited(imported.design);
      const edited = exportTemplate(many.design, { target: 'sam' });
      writeFileSync(join(folder, `edited-${file}`), edited);
      type Resources = Record<string, { Type: string; Properties?: Record<string, unknown> }>;
      const editedTemplate = parseTemplate(edited);
      const originalTemplate = parseTemplate(text);
      for (const id of many.edited) {
        const was = originalTemplate.ok ? (originalTemplate.template.Resources as Resources)[id] : undefined;
        const now = editedTemplate.ok ? (editedTemplate.template.Resources as Resources)[id] : undefined;
        if (!now) harmedByEdits.push(`${file} ${id}: missing`);
        else if (was && now.Type === was.Type) for (const key of Object.keys(was.Properties ?? {})) if (now.Properties?.[key] === undefined) harmedByEdits.push(`${file} ${id}.${key}`);
      }
      editedCount += many.edited.length;
      exported.push(file);
      const kept = new Set(commentLines(output));
      const lost = commentLines(text).filter((c) => !kept.has(c));
      if (lost.length > 0) lostComments.set(file, lost);
      const lines = (t: string) => t.split(/\r?\n/).map((l) => l.trimEnd()).filter((l) => l !== '').join('\n');
      if (lines(text) === lines(output)) sameText++;
      if (output !== text) notExact.push(file);
      if (withoutBlankLines(resourcesSection(text)).join('\n') === withoutBlankLines(resourcesSection(output)).join('\n')) sameResourcesText++;
      const before = typesOf((parseTemplate(text) as unknown as { template: never }).template);
      const afterParsed = parseTemplate(output);
      const after = afterParsed.ok ? typesOf(afterParsed.template as never) : {};
      const missing = Object.keys(before).filter((id) => after[id] !== before[id]);
      const added = Object.keys(after).filter((id) => !(id in before));
      if (missing.length === 0 && added.length === 0) identical++;
      else differences.set(file, `missing ${missing.join(',') || '-'}; added ${added.join(',') || '-'}`);
    }
    if (lintAvailable) {
      lintOriginal = lintErrors(folder, exported.map((f) => `original-${f}`));
      lintRoundTrip = lintErrors(folder, exported.map((f) => `roundtrip-${f}`));
      lintEdited = lintErrors(folder, exported.map((f) => `edited-${f}`));
    }
    const worse = exported.filter((f) => (lintRoundTrip.get(`roundtrip-${f}`)?.length ?? 0) > (lintOriginal.get(`original-${f}`)?.length ?? 0));
    const count = (m: Map<string, string[]>) => [...m.values()].reduce((n, e) => n + e.length, 0);
    console.log([
      `round trip: ${files.length} templates, ${exported.length} imported, ${refused.size} refused, ${identical} identical resource sets, ${differences.size} with differences`,
      `  ${exported.length - notExact.length} come back byte for byte; ${editedCount} resources edited, ${harmedByEdits.length} harmed; ${sameText} word for word but for blank lines and trailing spaces`,
      `  ${sameResourcesText} come back with their Resources section word for word (blank lines and top-level comments aside); ${lostComments.size} lose a comment inside Resources`,
      ...[...lostComments].map(([f, lost]) => `  comments lost in ${f}: ${lost.join(' | ')}`),
      ...[...refused].map(([f, why]) => `  refused ${f}: ${why}`),
      ...[...differences].map(([f, why]) => `  differs ${f}: ${why}`),
      lintAvailable ? `cfn-lint errors: originals ${count(lintOriginal)}, round trips ${count(lintRoundTrip)}, with settings edited ${count(lintEdited)}; ${worse.length} round trips worse` : '',
      ...worse.map((f) => `  worse ${f}: ${lintOriginal.get(`original-${f}`)?.join(',')} -> ${lintRoundTrip.get(`roundtrip-${f}`)?.join(',')}`),
    ].join('\n'));
  }, 600_000);

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('imports every template but the known refusals', () => {
    expect(Object.fromEntries(refused)).toEqual(Object.fromEntries([...refused.keys()].filter((f) => f in KNOWN_REFUSED).map((f) => [f, refused.get(f)])));
    expect(exported.length).toBe(files.length - refused.size);
  });

  it('exports the same resources (logical id and type) for every imported template', () => {
    expect(Object.fromEntries(differences)).toEqual({});
    expect(identical).toBe(exported.length);
  });

  it('keeps every comment inside the Resources section of an untouched template', () => {
    expect(Object.fromEntries(lostComments)).toEqual({});
  });

  it('gives every untouched template back byte for byte: blank lines, indentation, line breaks and trailing comments included', () => {
    expect(notExact).toEqual([]);
    expect(sameText).toBe(exported.length);
  });

  /** Files whose `prefix` version has more cfn-lint errors than the original, with both lists. */
  const worseThanOriginal = (lint: Map<string, string[]>, prefix: string) =>
    exported.flatMap((f) => {
      const before = lintOriginal.get(`original-${f}`) ?? [];
      const after = lint.get(`${prefix}-${f}`) ?? [];
      return after.length > before.length ? [`${f}: ${before.join(',')} -> ${after.join(',')}`] : [];
    });

  it.skipIf(!lintAvailable)('lints no worse than the original, file by file', () => {
    expect(worseThanOriginal(lintRoundTrip, 'roundtrip')).toEqual([]);
  });

  it('keeps every resource and every property it had when many settings of the template’s components are edited', () => {
    expect(editedCount).toBeGreaterThan(500);
    expect(harmedByEdits).toEqual([]);
  });

  it.skipIf(!lintAvailable)('lints no worse than the original with many settings of its components edited', () => {
    expect(worseThanOriginal(lintEdited, 'edited')).toEqual([]);
  });
});

/** Whether at most one line of `before` changed and at most two were written in its place (a new setting, with `Properties:` when the resource had none). */
function editedInPlace(before: string, after: string): boolean {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return a.length - start - end <= 1 && b.length - start - end <= 2;
}

/** One setting each kind can change in place, and the property it writes. */
const EDITS: Record<string, { path: string[]; value: number; property: string }> = {
  'lambda-function': { path: ['memorySize'], value: 1536, property: 'MemorySize' },
  'sqs-queue': { path: ['visibilityTimeout'], value: 301, property: 'VisibilityTimeout' },
};

describe.skipIf(!corpusAvailable)('one setting edited in an imported template', () => {
  it('changes that property of that resource and leaves everything else of it as the template had it', () => {
    const files = corpusAvailable ? readdirSync(corpus).filter((f) => f.endsWith('.yaml')).sort() : [];
    const harmed: string[] = [];
    // Plain CloudFormation functions (AWS::Lambda::Function) are written anew as SAM functions once edited.
    const retyped: string[] = [];
    const notOneLine: string[] = [];
    let edited = 0;
    for (const file of files) {
      const text = readFileSync(join(corpus, file), 'utf8');
      const imported = importTemplate(text, file);
      const parsed = parseTemplate(text);
      if (!imported.ok || !parsed.ok) continue;
      const originals = parsed.template.Resources as Record<string, { Type: string; Properties?: Record<string, unknown> }>;
      for (const node of imported.design.nodes) {
        const edit = EDITS[node.kind];
        const original = originals[node.id];
        if (!edit || !original) continue;
        edited++;
        const exported = exportTemplate(updateNodeConfig(imported.design, [node.id], edit.path, edit.value), { target: 'sam' });
        const output = parseTemplate(exported);
        const resource = output.ok ? (output.template.Resources as Record<string, unknown>)[node.id] : undefined;
        if (output.ok && (resource as { Type?: string } | undefined)?.Type !== original.Type && resource !== undefined) {
          retyped.push(`${file} ${node.id}`);
          continue;
        }
        const expected = { ...original, Properties: { ...original.Properties, [edit.property]: edit.value } };
        if (!editedInPlace(text, exported)) notOneLine.push(`${file} ${node.id}`);
        if (JSON.stringify(resource) !== JSON.stringify(expected)) harmed.push(`${file} ${node.id}: ${output.ok ? String(JSON.stringify(resource)).slice(0, 300) : output.problems.map((p) => p.message).join("; ")}`);
      }
    }
    console.log(`edited one setting of ${edited} imported functions and queues; ${edited - retyped.length - notOneLine.length} were edited in place (at most one line changed, two written); ${harmed.length} came back with more changed; ${retyped.length} written anew as another type: ${retyped.join(', ')}`);
    expect(edited).toBeGreaterThan(300);
    expect(retyped.length).toBeLessThanOrEqual(5);
    // The edit is made in the text as written: one line changes or a setting is added, nothing else moves.
    // Not so where the text holds a key twice (this one says Handler twice): the resource is written anew.
    expect(notOneLine).toEqual(['multi-account-private-apigw_centralAccount.yaml FetchVPCEndpointIPsFunction']);
    expect(harmed).toEqual([]);
  }, 600_000);
});

describe.skipIf(!corpusAvailable)('a connection drawn in an imported template', () => {
  it('adds to the function what the connection needs and takes nothing away from it', () => {
    const files = corpusAvailable ? readdirSync(corpus).filter((f) => f.endsWith('.yaml')).sort() : [];
    const harmed: string[] = [];
    let connected = 0;
    for (const file of files) {
      const imported = importTemplate(readFileSync(join(corpus, file), 'utf8'), file);
      if (!imported.ok) continue;
      const { design } = imported;
      const fn = design.nodes.find((n) => n.kind === 'lambda-function' && design.source?.resources[n.id]);
      const target = design.nodes.find((n) => ['dynamodb-table', 'sqs-queue', 's3-bucket', 'sns-topic'].includes(n.kind) && design.source?.resources[n.id] && !design.edges.some((e) => e.source === fn?.id && e.target === n.id));
      if (!fn || !target) continue;
      const original = design.source?.resources[fn.id]?.resource as { Type: string; Properties?: Record<string, unknown> };
      const output = parseTemplate(exportTemplate(connectNodes(design, fn.id, target.id, 'access').design, { target: 'sam' }));
      const resource = output.ok ? (output.template.Resources as Record<string, { Type: string; Properties?: Record<string, unknown> }>)[fn.id] : undefined;
      if (resource?.Type !== original.Type) continue;
      connected++;
      const properties = resource.Properties ?? {};
      // Every property the function had is still there, lists of policies keep every policy (SAM takes one for a list of one), maps every key.
      const listOf = (v: unknown) => (Array.isArray(v) ? v : [v]);
      const lost = Object.entries(original.Properties ?? {}).filter(([key, value]) => {
        const now = properties[key];
        if (now === undefined) return true;
        if (Array.isArray(value) || key === 'Policies') return !listOf(value).every((item) => listOf(now).some((n) => JSON.stringify(n) === JSON.stringify(item)));
        if (value !== null && typeof value === 'object' && !Array.isArray(value)) return !Object.keys(value).every((k) => now !== null && typeof now === 'object' && k in now);
        return JSON.stringify(now) !== JSON.stringify(value);
      });
      if (lost.length > 0) harmed.push(`${file} ${fn.id}: ${lost.map(([k]) => k).join(', ')}`);
    }
    console.log(`connected ${connected} imported functions to a table, queue, bucket or topic; ${harmed.length} lost something`);
    expect(connected).toBeGreaterThan(50);
    expect(harmed).toEqual([]);
  }, 600_000);
});

describe('round trip of every starter design’s export', () => {
  const dir = join(root, 'templates');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.lambda.json'))) {
    it(`${file}: import → export gives the same resources`, () => {
      const loaded = loadDesign(readFileSync(join(dir, file), 'utf8'));
      if (!loaded.ok) throw new Error(`${file} does not load`);
      const first = exportTemplate(loaded.design, { target: 'sam' });
      const imported = importTemplate(first, `${file}.yaml`);
      if (!imported.ok) throw new Error(imported.problems.map((p) => p.message).join('; '));
      const second = exportTemplate(imported.design, { target: 'sam' });
      const read = (text: string) => {
        const parsed = parseTemplate(text);
        if (!parsed.ok) throw new Error('export does not parse');
        return typesOf(parsed.template as never);
      };
      expect(read(second)).toEqual(read(first));
      // Nothing was edited in between, so the text comes back as it was.
      expect(second).toBe(first);
    });
  }
});
