import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importTemplate } from '../import/import-template';
import type { Design } from '../model/design';
import { addNodeAt, reparentNode } from '../model/edits/add-node';
import { applyConfigChanges } from '../model/edits/apply-changes';
import { connectNodes } from '../model/edits/connect-nodes';
import { removeElements } from '../model/edits/remove-elements';
import { renameNode } from '../model/edits/rename-node';
import { updateEdgeConfig, updateNodeConfig } from '../model/edits/update-config';
import { moveNodes } from '../model/edits/move-nodes';
import { generateDesign } from '../model/generate-design';
import { loadDesign } from '../model/load-design';
import { seededRandom } from '../model/seeded-random';
import { analyzeExport, exportTemplate } from './export-template';
import { createIncrementalExport, type ExportPath, type IncrementalExport } from './incremental-export';
import { randomEdit, randomStructuralEdit } from '../model/testing/random-edits';
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

type Edit = (design: Design, random: () => number) => Design;

/** Follows a design through random edits, checking every step for both targets; how often each path was taken. */
function followEdits(start: Design, seed: number, steps: number, label: string, edit: Edit = randomEdit): Record<ExportPath, number> {
  const taken: Record<ExportPath, number> = { unchanged: 0, partial: 0, full: 0 };
  const exporters = TARGETS.map((target) => ({ target, exporter: createIncrementalExport(target) }));
  const random = seededRandom(seed);
  let design = start;
  for (let step = 0; step <= steps; step++) {
    if (step > 0) design = edit(design, random);
    for (const { target, exporter } of exporters) taken[expectSameAsFull(exporter, design, target, `${label}, seed ${seed}, step ${step}, ${target}`)]++;
  }
  return taken;
}

/** Follows random valid designs (a sample of arbitraryDesign) through edits; how many analyses took the partial path. */
function followRandomDesigns(runs: { sample: number; designs: number; firstSeed: number; steps: number }, label: string, edit?: Edit): number {
  const designs = fc.sample(arbitraryDesign, { seed: runs.sample, numRuns: runs.designs });
  return designs.reduce((partial, design, i) => partial + followEdits(design, runs.firstSeed + i, runs.steps, `${label} ${i}`, edit).partial, 0);
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
    expect(followRandomDesigns({ sample: 20261123, designs: 100, firstSeed: 1000, steps: 20 }, 'random design')).toBeGreaterThan(0);
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

describe('incremental export is the full export through changes of structure', () => {
  it.each([[60, 1], [60, 2], [250, 3], [1000, 1]])('on a generated design of %i nodes (seed %i): renames, nodes and connections added and removed, nodes moved into containers', (size, seed) => {
    const taken = followEdits(generateDesign(size, seed), seed * 104729, size === 1000 ? 10 : size === 250 ? 25 : 40, `generated ${size}, structure`, randomStructuralEdit);
    expect(taken.partial).toBeGreaterThan(0);
  });

  it('on the design with every kind and connection', () => {
    let partial = 0;
    for (const seed of [21, 22]) partial += followEdits(everyConnectionDesign(), seed, 30, 'every connection, structure', randomStructuralEdit).partial;
    expect(partial).toBeGreaterThan(0);
  });

  it('on random valid designs', () => {
    expect(followRandomDesigns({ sample: 20261124, designs: 40, firstSeed: 2000, steps: 15 }, 'random design, structure', randomStructuralEdit)).toBeGreaterThan(0);
  });

  it.each(starterDesigns())('on the starter design %s', (file, design) => {
    followEdits(design, file.length + 1, 20, `${file}, structure`, randomStructuralEdit);
  });
});

describe('the paths the incremental export takes', () => {
  const design = generateDesign(200, 5);
  const fn = design.nodes.find((n) => n.kind === 'lambda-function') as Design['nodes'][number];
  const mapping = design.edges.find((e) => e.meaning === 'event-source-mapping') as Design['edges'][number];

  it.each(TARGETS)('%s: an edit of settings or a rename exports a part; a move changes nothing', (target) => {
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
    steps.push(['rename', current, 'partial']);
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

describe('changes of structure of the generated 1,000-node design export a part', () => {
  const design = generateDesign(1000, 1);
  const table = design.nodes.find((n) => n.kind === 'dynamodb-table') as Design['nodes'][number];
  const fn = design.nodes.find((n) => n.kind === 'lambda-function' && !design.edges.some((e) => e.source === n.id && e.target === table.id)) as Design['nodes'][number];
  const onFailure = design.edges.find((e) => e.meaning === 'on-failure') as Design['edges'][number];
  const queue = design.nodes.find((n) => n.kind === 'sqs-queue') as Design['nodes'][number];
  const edits: [string, (d: Design) => Design][] = [
    ['rename a function', (d) => renameNode(d, fn.id, 'Orders handler')],
    ['connect a function to a table', (d) => connectNodes(d, fn.id, table.id, 'access').design],
    ['remove a connection', (d) => removeElements(d, [], [onFailure.id])],
    ['add a queue', (d) => addNodeAt(d, 'sqs-queue', { x: -400, y: -400 }).design],
    ['remove a queue', (d) => removeElements(d, [queue.id])],
    ['move a function into another subnet', (d) => reparentNode(d, 'fn4', 'priv4b')],
    ['add a function (its output among the first 200)', (d) => addNodeAt(d, 'lambda-function', { x: -400, y: -400 }).design],
    ['remove a function (the 201st output moves up)', (d) => removeElements(d, ['fn0'])],
    ['rename, connect and change a setting at once', (d) => applyConfigChanges(connectNodes(renameNode(d, fn.id, 'Orders handler'), fn.id, table.id, 'access').design, [{ target: 'node', id: fn.id, path: ['memorySize'], value: 2048 }])],
  ];

  it.each(TARGETS)('%s: each edit, and going back, takes the partial path', (target) => {
    const exporter = createIncrementalExport(target);
    expectSameAsFull(exporter, design, target, 'generated design');
    for (const [what, edit] of edits) {
      expect(expectSameAsFull(exporter, edit(design), target, what), what).toBe('partial');
      expect(expectSameAsFull(exporter, design, target, `${what}, back`), `${what}, back`).toBe('partial');
    }
  });
});

describe('changes of structure whose effect reaches past the part', () => {
  const follow = (steps: [string, Design][]) => {
    for (const target of TARGETS) {
      const exporter = createIncrementalExport(target);
      for (const [what, design] of steps) expectSameAsFull(exporter, design, target, `${target}: ${what}`);
    }
  };

  it('a dead-letter connection that closes a loop of eight queues drops the redrive policy of the queue processed last, five connections away', () => {
    const builder = new DesignBuilder();
    for (let i = 1; i <= 8; i++) builder.node('sqs-queue', `q${i}`);
    for (const i of [4, 5, 6, 7, 8, 1, 2]) builder.edge(`q${i}`, `q${(i % 8) + 1}`, 'dead-letter');
    const closed = connectNodes(builder.design, 'q3', 'q4', 'dead-letter').design;
    follow([['chain', builder.design], ['loop closed', closed], ['loop open', builder.design]]);
  });

  it('a call that closes a loop of eight functions names every function on it, four connections away too', () => {
    const builder = new DesignBuilder();
    for (let i = 1; i <= 8; i++) builder.node('lambda-function', `f${i}`);
    for (let i = 1; i < 8; i++) builder.edge(`f${i}`, `f${i + 1}`, 'invoke-async');
    const closed = connectNodes(builder.design, 'f8', 'f1', 'invoke-async').design;
    follow([['chain', builder.design], ['loop closed', closed], ['loop open', builder.design]]);
  });

  it('a second user pool leaves every API with a Cognito authorizer without one', () => {
    const builder = new DesignBuilder()
      .node('api-gateway-rest', 'api', { config: { authorizer: 'COGNITO' } }).node('lambda-function', 'fn').edge('api', 'fn', 'invoke-sync')
      .node('cognito-user-pool', 'pool').node('sqs-queue', 'far');
    const second = addNodeAt(builder.design, 'cognito-user-pool', { x: -900, y: -900 }).design;
    follow([['one pool', builder.design], ['two pools', second], ['one pool again', builder.design], ['renamed pool', renameNode(builder.design, 'pool', 'Customers')]]);
  });

  it('an API that turns to a Cognito authorizer uses the design’s only user pool, however far', () => {
    const builder = new DesignBuilder()
      .node('api-gateway-rest', 'api').node('lambda-function', 'fn').edge('api', 'fn', 'invoke-sync')
      .node('cognito-user-pool', 'pool').node('lambda-function', 'trigger').edge('pool', 'trigger', 'invoke-sync');
    follow([['no authorizer', builder.design], ['Cognito', updateNodeConfig(builder.design, ['api'], ['authorizer'], 'COGNITO')], ['none again', builder.design]]);
  });

  it('a function two connections away keeps the resources its other connections make, in their place', () => {
    // In SAM the rule is written in the function, which the bus's connection to the rule names: the
    // function is near the bus's rename. Its policy on the shared role comes from its table, three
    // connections from the bus (a Lambda@Edge function gets no variable that would show the table).
    const builder = new DesignBuilder()
      .node('eventbridge-bus', 'bus').node('eventbridge-rule', 'rule').edge('bus', 'rule', 'subscription')
      .node('lambda-function', 'fn', { config: { lambdaEdge: true, executionRole: 'shared-role' } }).edge('rule', 'fn', 'invoke-async')
      .node('dynamodb-table', 'table').edge('fn', 'table', 'access');
    follow([['before', builder.design], ['bus renamed', renameNode(builder.design, 'bus', 'Orders bus')], ['back', builder.design]]);
  });

  it('a function attached to a security group in a VPC reads which of the VPC’s subnets are private', () => {
    const design = new DesignBuilder().network().node('security-group', 'sg', { parentId: 'vpc' }).node('lambda-function', 'fn').edge('fn', 'sg', 'network-attach').design;
    follow([['before', design], ['private-b public', updateNodeConfig(design, ['private-b'], ['visibility'], 'public')], ['subnet gone', removeElements(design, ['private-b'])]]);
  });

  it('an id derived the same way for two far-apart connections is numbered again when the first goes', () => {
    // Topic "A" to queue "BQ" and topic "AB" to queue "Q" both make "ABQSubscription"; the second made takes a number.
    const builder = new DesignBuilder()
      .node('sns-topic', 'ta', { name: 'A' }).node('sqs-queue', 'qa', { name: 'BQ' }).edge('ta', 'qa', 'subscription')
      .node('sns-topic', 'tb', { name: 'AB' }).node('sqs-queue', 'qb', { name: 'Q' }).edge('tb', 'qb', 'subscription');
    const first = removeElements(builder.design, [], ['ta-qa']);
    follow([['both', builder.design], ['first gone', first], ['first back', builder.design], ['first renamed', renameNode(builder.design, 'ta', 'A2')]]);
  });

  it('a rename to another node’s name gives both nodes new ids', () => {
    const design = generateDesign(60, 4);
    const [a, b] = design.nodes.filter((n) => n.kind === 'lambda-function') as [Design['nodes'][number], Design['nodes'][number]];
    follow([['before', design], ['same names', renameNode(design, a.id, b.name)], ['apart again', design]]);
  });
});
