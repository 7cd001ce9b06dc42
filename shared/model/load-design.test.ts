import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDesign } from './load-design';
import { createEdge, createNode, emptyDesign } from './new-design';
import { serializeDesign } from './save-design';

function sample() {
  const d = emptyDesign('Sample');
  d.nodes.push(createNode(d, 'sqs-queue', { id: 'jobs', name: 'Jobs' }));
  d.nodes.push(createNode(d, 'lambda-function', { id: 'worker', name: 'Worker', config: { timeout: 30 } }));
  d.edges.push(createEdge(d, 'jobs', 'worker', 'event-source-mapping', { batchSize: 5 }));
  return d;
}

describe('loadDesign', () => {
  it('reads back what serializeDesign wrote, defaults filled', () => {
    const text = serializeDesign(sample());
    const loaded = loadDesign(text);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const worker = loaded.design.nodes.find((n) => n.id === 'worker');
    expect(worker?.kind === 'lambda-function' && worker.config.memorySize).toBe(128);
    expect(loaded.design.edges[0]?.config).toMatchObject({ batchSize: 5, maximumBatchingWindowSeconds: 0 });
  });

  it('fills defaults left out of a hand-written file', () => {
    const loaded = loadDesign(JSON.stringify({
      format: 'lambda-designer/design', version: 1, name: 'Minimal',
      nodes: [{ id: 'fn', kind: 'lambda-function', name: 'Fn', position: { x: 0, y: 0 } }], edges: [],
    }));
    expect(loaded.ok && loaded.design.nodes[0]?.config).toMatchObject({ timeout: 3, memorySize: 128, ephemeralStorage: 512, asyncInvoke: { maximumRetryAttempts: 2 } });
  });

  it('keeps out-of-range numbers so the rules engine can explain them', () => {
    const d = sample();
    const worker = d.nodes[1]!;
    if (worker.kind === 'lambda-function') worker.config.memorySize = 20000;
    const loaded = loadDesign(serializeDesign(d));
    expect(loaded.ok).toBe(true);
  });

  it('names the line and column of broken JSON', () => {
    const loaded = loadDesign('{\n  "format": "lambda-designer/design",\n  "version": 1,,\n}');
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.problems[0]).toMatchObject({ path: '(file)', line: 3 });
    expect(loaded.problems[0]?.message).toMatch(/not valid JSON/);
  });

  it('lists every problem with its JSON path and a plain message', () => {
    const d = JSON.parse(serializeDesign(sample()));
    d.nodes[1].config.memorySize = 'large';
    d.nodes[0].kind = 'mainframe';
    d.edges[0].target = 'nowhere';
    delete d.name;
    const loaded = loadDesign(JSON.stringify(d));
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    const paths = loaded.problems.map((p) => p.path);
    expect(paths).toContain('name');
    expect(paths).toContain('nodes[1].config.memorySize');
    expect(paths).toContain('nodes[0].kind');
    expect(loaded.problems.find((p) => p.path === 'nodes[1].config.memorySize')?.message).toBe('expected number');
  });

  it('checks references: unique ids, existing endpoints, allowed meanings, allowed containers', () => {
    const d = JSON.parse(serializeDesign(sample()));
    d.edges.push({ id: 'x', source: 'worker', target: 'ghost', meaning: 'access', config: {} });
    d.edges.push({ id: 'y', source: 'jobs', target: 'worker', meaning: 'route', config: {} });
    d.nodes.push({ id: 'jobs', kind: 'sns-topic', name: 'Dup', position: { x: 0, y: 0 } });
    d.nodes.push({ id: 'gw', kind: 'nat-gateway', name: 'NAT', position: { x: 0, y: 0 }, parentId: 'worker' });
    const loaded = loadDesign(JSON.stringify(d));
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.problems).toEqual(expect.arrayContaining([
      { path: 'nodes[2].id', message: 'duplicate node id "jobs"' },
      { path: 'edges[1].target', message: 'no node has the id "ghost"' },
      expect.objectContaining({ path: 'nodes[3].parentId', message: expect.stringMatching(/cannot sit inside/) }),
    ]));
  });

  it('checks edge settings against the connection', () => {
    const d = JSON.parse(serializeDesign(sample()));
    d.edges[0].config.batchSize = 'ten';
    const loaded = loadDesign(JSON.stringify(d));
    expect(!loaded.ok && loaded.problems).toEqual([{ path: 'edges[0].config.batchSize', message: 'expected number' }]);
  });

  it('refuses files that are not designs, or from a newer version', () => {
    const notDesign = loadDesign('{"AWSTemplateFormatVersion": "2010-09-09"}');
    expect(!notDesign.ok && notDesign.problems[0]?.message).toMatch(/not a Lambda Designer design/);
    const newer = loadDesign(JSON.stringify({ format: 'lambda-designer/design', version: 99, name: 'x', nodes: [], edges: [] }));
    expect(!newer.ok && newer.problems[0]?.message).toMatch(/newer Lambda Designer/);
    expect(loadDesign('[1,2]').ok).toBe(false);
  });
});

describe('serializeDesign', () => {
  it('is deterministic and sorted: the same design in any order gives the same bytes', () => {
    const a = sample();
    const b = { ...a, nodes: [...a.nodes].reverse(), edges: [...a.edges].reverse() };
    expect(serializeDesign(a)).toBe(serializeDesign(b));
    const text = serializeDesign(a);
    expect(text.endsWith('\n')).toBe(true);
    expect(text).toMatch(/^\{\n {2}"format": "lambda-designer\/design",\n {2}"version": 1,\n {2}"name": "Sample"/);
    const ids = JSON.parse(text).nodes.map((n: { id: string }) => n.id);
    expect(ids).toEqual([...ids].sort());
  });
});

describe('starter designs', () => {
  const dir = new URL('../../templates/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.lambda.json'));

  it('there are at least two', () => expect(files.length).toBeGreaterThanOrEqual(2));

  it.each(files)('%s loads and is saved in canonical form', (file) => {
    const text = readFileSync(new URL(file, dir), 'utf8');
    const loaded = loadDesign(text);
    expect(loaded.ok ? [] : loaded.problems).toEqual([]);
    if (loaded.ok) expect(serializeDesign(loaded.design)).toBe(text);
  });
});
