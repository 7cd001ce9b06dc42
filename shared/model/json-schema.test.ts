import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';
import { designJsonSchema } from './json-schema';

const committed = new URL('./lambda-design.schema.json', import.meta.url);

describe('JSON Schema of the .lambda.json format', () => {
  it('is generated from the zod schemas and the committed copy is up to date (regenerate: npm run test:update)', () => {
    expect(readFileSync(committed, 'utf8')).toBe(canonicalJson(designJsonSchema()));
  });

  it('describes every kind with its settings, defaults and help', () => {
    const schema = designJsonSchema() as { properties: { nodes: { items: { oneOf: Array<{ properties: Record<string, { const?: string; properties?: Record<string, { default?: unknown; description?: string }> }> }> } } } };
    const variants = schema.properties.nodes.items.oneOf;
    expect(variants.length).toBe(31);
    const fn = variants.find((v) => v.properties.kind?.const === 'lambda-function');
    expect(fn?.properties.config?.properties?.memorySize).toMatchObject({ default: 128, unit: 'MB', range: [128, 10240] });
    expect(fn?.properties.config?.properties?.timeout?.description).toMatch(/Longest run/);
  });
});
