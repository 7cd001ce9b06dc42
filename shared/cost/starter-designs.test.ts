import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDesign } from '../model/load-design';
import { estimateCost } from './estimate-cost';

const dir = new URL('../../templates/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.lambda.json'));

describe('starter designs', () => {
  it.each(files)('%s states its traffic, costs something a month and budgets every function', (file) => {
    const loaded = loadDesign(readFileSync(new URL(file, dir), 'utf8'));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const estimate = estimateCost(loaded.design, { freeTier: false });
    expect(estimate.trafficStated).toBe(true);
    expect(estimate.totalUsd).toBeGreaterThan(0);
    expect(estimate.lines.reduce((sum, l) => sum + l.monthlyUsd, 0)).toBeCloseTo(estimate.totalUsd, 9);
    for (const line of estimate.lines) expect(line.explanation.length, line.nodeId).toBeGreaterThan(0);
    const functions = loaded.design.nodes.filter((n) => n.kind === 'lambda-function');
    expect(estimate.concurrency.functions.map((f) => f.nodeId).sort()).toEqual(functions.map((f) => f.id).sort());
    for (const fn of estimate.concurrency.functions) {
      expect(fn.status, fn.nodeId).not.toBe('no-traffic');
      expect(fn.durationStated, fn.nodeId).toBe(true);
    }
  });
});
