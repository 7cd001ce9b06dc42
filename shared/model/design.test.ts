import { describe, expect, it } from 'vitest';
import { KINDS } from '../catalog/registry';
import { exportTemplate } from '../export/export-template';
import { importTemplate } from '../import/import-template';
import { Design, DesignOfCreatedNodes } from './design';
import { generateDesign } from './generate-design';
import { createNode, emptyDesign } from './new-design';

/** What a schema makes of a design, key order included. */
const parsedBy = (schema: { parse: (value: unknown) => unknown }, design: unknown) => JSON.stringify(schema.parse(structuredClone(design)));

describe('DesignOfCreatedNodes', () => {
  it('makes what Design makes of a design whose nodes createNode made, every kind', () => {
    const design = emptyDesign('Every kind');
    for (const kind of KINDS) design.nodes.push(createNode(design, kind.id));
    const { description: _, settings: __, ...bare } = design;
    for (const d of [design, bare]) expect(parsedBy(DesignOfCreatedNodes, d)).toBe(parsedBy(Design, d));
  });

  it('makes what Design makes of generated and imported designs', () => {
    const generated = generateDesign(200, 8);
    expect(parsedBy(DesignOfCreatedNodes, generated)).toBe(parsedBy(Design, generated));
    const imported = importTemplate(exportTemplate(generated, { target: 'sam' }), 'generated.yaml');
    expect(imported.ok).toBe(true);
    // The record of the template is added after the check.
    const { source: _, ...checked } = imported.ok ? imported.design : generated;
    expect(JSON.stringify(checked)).toBe(parsedBy(Design, checked));
  });

  it('refuses what Design refuses in a node, with the same issue', () => {
    const design = emptyDesign();
    design.nodes.push({ ...createNode(design, 'sqs-queue'), id: '9lives', position: { x: Number.NaN, y: 0 } });
    const issues = (schema: typeof Design) => schema.safeParse(design).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues(DesignOfCreatedNodes as unknown as typeof Design)).toEqual(issues(Design));
    expect(issues(Design)?.length).toBeGreaterThan(1);
  });
});
