import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importTemplate } from '../import/import-template';
import type { Design } from '../model/design';
import { updateEdgeConfig, updateNodeConfig } from '../model/edits/update-config';
import { moveNodes } from '../model/edits/move-nodes';
import { generateDesign } from '../model/generate-design';
import { loadDesign } from '../model/load-design';
import { seededRandom } from '../model/seeded-random';
import { analyzeExport, exportTemplate } from './export-template';
import { createIncrementalExport, type ExportPath, type IncrementalExport } from './incremental-export';
import { randomEdit } from '../model/testing/random-edits';
import { arbitraryDesign, DesignBuilder, everyConnectionDesign } from './sample-designs.test-support';
import type { ExportTarget } from './template-types';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = join(root, '..', 'shared', 'corpus');
const corpusAvailable = existsSync(corpus);
if (!corpusAvailable) console.log(`incremental export over corpus templates skipped: no corpus at ${corpus}`);

const TARGETS: readonly ExportTarget[] = ['sam', 'cfn'];

/** The incremental exporter's analysis and texts against the full export of the same design. */
function expectSameAsFull(exporter: IncrementalExport, design: Design, target: ExportTarget, where: string): ExportPath {
  const analysis = exporter.analyze(design);
  const path = exporter.lastPath as ExportPath;
  const full = analyzeExport(design, target);
  // isDeepStrictEqual is fast on large templates; expect gives the difference when they differ.
  if (!isDeepStrictEqual(analysis, full)) expect(analysis, `${where} (${path})`).toStrictEqual(full);
  expect(exporter.render(analysis, 'yaml') === exportTemplate(design, { target }), `${where} YAML (${path})`).toBe(true);
  expect(exporter.render(analysis, 'json') === exportTemplate(design, { target, format: 'json' }), `${where} JSON (${path})`).toBe(true);
  return path;
}

/** Follows a design through random edits, checking every step for both targets; how often each path was taken. */
function followEdits(start: Design, seed: number, steps: number, label: string): Record<ExportPath, number> {
  const taken: Record<ExportPath, number> = { unchanged: 0, partial: 0, full: 0 };
  const exporters = TARGETS.map((target) => ({ target, exporter: createIncrementalExport(target) }));
  const random = seededRandom(seed);
  let design = start;
  for (let step = 0; step <= steps; step++) {
    if (step > 0) design = randomEdit(design, random);
    for (const { target, exporter } of exporters) taken[expectSameAsFull(exporter, design, target, `${label}, seed ${seed}, step ${step}, ${target}`)]++;
  }
  return taken;
}

function starterDesigns(): [string, Design][] {
  const dir = join(root, 'templates');
  return readdirSync(dir).filter((f) => f.endsWith('.lambda.json')).sort().map((file) => {
    const loaded = loadDesign(readFileSync(join(dir, file), 'utf8'));
    if (!loaded.ok) throw new Error(`${file} does not load`);
    return [file, loaded.design];
  });
}

describe('incremental export is the full export', () => {
  it.each([[60, 1], [60, 2], [250, 3], [1000, 1]])('on a generated design of %i nodes (seed %i) through random edits', (size, seed) => {
    const taken = followEdits(generateDesign(size, seed), seed * 7919, size === 1000 ? 24 : 60, `generated ${size}`);
    expect(taken.partial).toBeGreaterThan(0);
  });

  it('on the design with every kind and connection, through random edits', () => {
    for (const seed of [11, 12, 13]) followEdits(everyConnectionDesign(), seed, 50, 'every connection');
  });

  it('on random valid designs (containers, connections, settings), through random edits', () => {
    const designs = fc.sample(arbitraryDesign, { seed: 20261123, numRuns: 100 });
    let partial = 0;
    designs.forEach((design, i) => {
      partial += followEdits(design, 1000 + i, 20, `random design ${i}`).partial;
    });
    expect(partial).toBeGreaterThan(0);
  });

  it.each(starterDesigns())('on the starter design %s through random edits', (file, design) => {
    followEdits(design, file.length, 30, file);
  });

  it.skipIf(!corpusAvailable)('on corpus templates imported as designs, through random edits (always exported in full)', () => {
    const files = readdirSync(corpus).filter((f) => f.endsWith('.yaml')).sort();
    // Every seventh template: the export of an imported design is slow, and the path it takes is the full one.
    const sample = files.filter((_, i) => i % 7 === 0);
    let followed = 0;
    for (const file of sample) {
      const imported = importTemplate(readFileSync(join(corpus, file), 'utf8'), file);
      if (!imported.ok) continue;
      followEdits(imported.design, followed, 3, file);
      followed++;
    }
    expect(followed).toBeGreaterThan(20);
  });
});

describe('the paths the incremental export takes', () => {
  const design = generateDesign(200, 5);
  const fn = design.nodes.find((n) => n.kind === 'lambda-function') as Design['nodes'][number];
  const mapping = design.edges.find((e) => e.meaning === 'event-source-mapping') as Design['edges'][number];

  it.each(TARGETS)('%s: an edit of settings exports a part; a move changes nothing; a rename exports all', (target) => {
    const exporter = createIncrementalExport(target);
    const steps: [string, Design, ExportPath][] = [];
    let current = design;
    steps.push(['first design', current, 'full']);
    current = updateNodeConfig(current, [fn.id], ['memorySize'], 2048);
    steps.push(['memory', current, 'partial']);
    current = updateEdgeConfig(current, mapping.id, ['batchSize'], 77);
    steps.push(['batch size', current, 'partial']);
    current = moveNodes(current, [{ id: fn.id, position: { x: 1, y: 2 } }]);
    steps.push(['move', current, 'unchanged']);
    current = { ...current, nodes: current.nodes.map((n) => (n.id === fn.id ? { ...n, name: 'Renamed' } : n)) };
    steps.push(['rename', current, 'full']);
    for (const [what, next, path] of steps) {
      expectSameAsFull(exporter, next, target, what);
      expect(exporter.lastPath, what).toBe(path);
    }
  });

  it.each(TARGETS)('%s: in a design imported from a template, a move changes nothing and an edit of settings exports all', (target) => {
    const text = ['Transform: AWS::Serverless-2016-10-31', 'Resources:', '  Jobs:', '    Type: AWS::SQS::Queue', '  Worker:', '    Type: AWS::Serverless::Function',
      '    Properties:', '      Runtime: python3.13', '      Handler: app.handler', '      CodeUri: src/', '      Events:', '        Queue:', '          Type: SQS',
      '          Properties:', '            Queue: !GetAtt Jobs.Arn', ''].join('\n');
    const imported = importTemplate(text, 'worker.yaml');
    if (!imported.ok) throw new Error('the template does not import');
    const exporter = createIncrementalExport(target);
    const moved = moveNodes(imported.design, [{ id: 'Worker', position: { x: 5, y: 5 } }]);
    const steps: [string, Design, ExportPath][] = [
      ['imported', imported.design, 'full'],
      ['move', moved, 'unchanged'],
      ['memory', updateNodeConfig(moved, ['Worker'], ['memorySize'], 1024), 'full'],
    ];
    for (const [what, next, path] of steps) {
      expectSameAsFull(exporter, next, target, what);
      expect(exporter.lastPath, what).toBe(path);
    }
  });

  it('gives the same analysis object back when only the layout changed', () => {
    const exporter = createIncrementalExport('sam');
    const first = exporter.analyze(design);
    expect(exporter.analyze(moveNodes(design, [{ id: fn.id, position: { x: 9, y: 9 } }]))).toBe(first);
  });
});

describe('what a container holds is exported again with it', () => {
  // The database reads which subnets of its VPC are private: private-b is three hops away (subnet, VPC, subnet, database).
  const design = new DesignBuilder().network().node('rds-database', 'db', { parentId: 'private-a' }).design;

  it.each(TARGETS)('%s: a subnet that becomes public is left out of the subnets of a database in another subnet', (target) => {
    const exporter = createIncrementalExport(target);
    expectSameAsFull(exporter, design, target, 'before');
    for (const [subnet, visibility] of [['private-b', 'public'], ['public-a', 'private'], ['private-a', 'public']] as const) {
      expectSameAsFull(exporter, updateNodeConfig(design, [subnet], ['visibility'], visibility), target, `${subnet} ${visibility}`);
      expectSameAsFull(exporter, design, target, `${subnet} back`);
    }
  });
});

describe('a change of a dead-letter chain reaches its far end', () => {
  // Six queues in a dead-letter loop: the last connection that closes the loop gets no redrive policy.
  // When q3 turns FIFO its connections are refused, the loop opens, and q6 (three hops away) gets its
  // policy: the refused connections no longer make a redrive policy, so the whole design is exported.
  const builder = new DesignBuilder();
  for (let i = 1; i <= 6; i++) builder.node('sqs-queue', `q${i}`);
  for (let i = 1; i <= 6; i++) builder.edge(`q${i}`, `q${(i % 6) + 1}`, 'dead-letter');

  it.each(TARGETS)('%s: a queue that turns FIFO opens a loop of six queues', (target) => {
    const exporter = createIncrementalExport(target);
    expectSameAsFull(exporter, builder.design, target, 'loop');
    const fifo = updateNodeConfig(builder.design, ['q3'], ['fifo'], true);
    expectSameAsFull(exporter, fifo, target, 'q3 FIFO');
    expectSameAsFull(exporter, builder.design, target, 'q3 standard again');
  });
});
