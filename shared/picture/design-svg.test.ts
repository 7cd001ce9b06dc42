import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDesign } from '../model/load-design';
import { createNode, emptyDesign } from '../model/new-design';
import { designToSvg, PICTURE_PALETTES } from './design-svg';

describe('designToSvg', () => {
  const loaded = loadDesign(readFileSync(new URL('../../templates/vpc-function-nat-rds-proxy.lambda.json', import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error('starter design');
  const svg = designToSvg(loaded.design, PICTURE_PALETTES.light, (path) => `data:image/svg+xml;base64,${path.length}`);

  it('draws every component by name, each icon, every edge with its label and colour', () => {
    for (const node of loaded.design.nodes) expect(svg).toContain(`>${node.name}<`);
    expect(svg.match(/<image /g)).toHaveLength(loaded.design.nodes.filter((n) => !['vpc', 'subnet'].includes(n.kind)).length);
    expect(svg).toContain('>Invokes (sync)<');
    expect(svg).toContain('stroke="#0972d3"');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });

  it('escapes names and uses the dark palette when asked', () => {
    const d = emptyDesign('A & B');
    d.nodes.push(createNode(d, 'lambda-function', { id: 'fn', name: '<Fn> "quoted" & \'single\'' }));
    const dark = designToSvg(d, PICTURE_PALETTES.dark, () => undefined);
    expect(dark).toContain('&lt;Fn&gt; &quot;quoted&quot; &amp; &apos;single&apos;');
    expect(dark).toContain('<title>A &amp; B</title>');
    expect(dark).toContain('fill="#0f141a"');
    expect(dark).not.toContain('<Fn>');
  });
});
