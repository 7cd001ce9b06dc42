import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getKind } from '../catalog/registry';
import type { Design } from '../model/design';
import { generateDesign } from '../model/generate-design';
import { loadDesign } from '../model/load-design';
import { MEANINGS } from '../model/meaning';
import { createEdge, createNode, emptyDesign } from '../model/new-design';
import { designToSvg, escapeXml, PICTURE_MARGIN, pictureIconPaths } from './design-svg';
import { EDGE_LINES, PICTURE_PALETTES } from './picture-palette';

function starter(slug: string): Design {
  const loaded = loadDesign(readFileSync(new URL(`../../templates/${slug}.lambda.json`, import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error(slug);
  return loaded.design;
}

const fakeIcon = (path: string) => `data:image/svg+xml;base64,${btoa(path)}`;

/** Well-formed XML: balanced tags, one root, quoted attributes, `<` never and `&` only as an entity in text. */
function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  let roots = 0;
  const entity = /&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;
  const checkText = (text: string, where: string) => {
    for (let i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
      entity.lastIndex = i;
      if (!entity.test(text)) problems.push(`bare & in ${where}`);
    }
    if (text.includes('<')) problems.push(`< in ${where}`);
  };
  const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  for (const m of xml.matchAll(token)) {
    const [, closing, name, attributes, selfClosing, text, stray] = m;
    if (stray) problems.push(`stray < at ${m.index}`);
    else if (text !== undefined) {
      if (stack.length === 0 && text.trim()) problems.push('text outside the root');
      checkText(text, 'text');
    } else if (closing) {
      if (stack.pop() !== name) problems.push(`</${name}> closes the wrong element`);
    } else {
      if (stack.length === 0) roots++;
      for (const [, value] of attributes!.matchAll(/="([^"]*)"/g)) checkText(value!, `an attribute of <${name}>`);
      if (!selfClosing) stack.push(name!);
    }
  }
  if (stack.length > 0) problems.push(`unclosed ${stack.join(', ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

describe('designToSvg', () => {
  const design = starter('vpc-function-nat-rds-proxy');
  const svg = designToSvg(design, PICTURE_PALETTES.light, fakeIcon);

  it('is a standalone, well-formed SVG document', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).not.toMatch(/href="(?!data:)/);
  });

  it('catches what is not well-formed XML', () => {
    expect(xmlProblems('<svg><g></svg>')).not.toEqual([]);
    expect(xmlProblems('<svg><text>a & b</text></svg>')).not.toEqual([]);
    expect(xmlProblems('<svg/><svg/>')).not.toEqual([]);
  });

  it('draws every node with its name, kind and icon', () => {
    for (const node of design.nodes) {
      expect(svg).toContain(`data-node="${node.id}"`);
      expect(svg).toContain(`>${escapeXml(node.name)}<`);
    }
    for (const node of design.nodes.filter((n) => !getKind(n.kind)?.container)) expect(svg).toContain(`>${getKind(node.kind)!.label}<`);
    for (const path of pictureIconPaths(design)) expect(svg).toContain(`href="${fakeIcon(path)}"`);
    expect(svg.match(/<image /g)).toHaveLength(design.nodes.length);
    expect(svg).toContain('>public · us-east-1a · 10.0.0.0/24<');
  });

  it('draws every edge in its meaning’s colour and dash, with an arrow head and its label', () => {
    const paths = [...svg.matchAll(/<path d="M[^"]*" fill="none" stroke="([^"]+)" stroke-width="([\d.]+)"( stroke-dasharray="([^"]+)")? marker-end="url\(#arrow-(\w+)\)"\/>/g)];
    expect(paths).toHaveLength(design.edges.length);
    design.edges.forEach((edge, i) => {
      const style = MEANINGS[edge.meaning].style;
      const [, stroke, width, , dash, marker] = paths[i]!;
      expect(stroke).toBe(PICTURE_PALETTES.light.edges[style]);
      expect(Number(width)).toBe(EDGE_LINES[style].width);
      expect(dash).toBe(EDGE_LINES[style].dash);
      expect(marker).toBe(style);
      expect(svg).toContain(`<marker id="arrow-${style}"`);
      expect(svg).toContain(`>${escapeXml(MEANINGS[edge.meaning].label)}</text>`);
    });
  });

  it('places children at their container’s position plus their own', () => {
    const d = emptyDesign();
    d.nodes.push(createNode(d, 'vpc', { id: 'vpc', name: 'VPC', position: { x: 100, y: 200 } }));
    d.nodes.push(createNode(d, 'subnet', { id: 'sub', name: 'Subnet', parentId: 'vpc', position: { x: 20, y: 40 } }));
    d.nodes.push(createNode(d, 'lambda-function', { id: 'fn', name: 'Fn', parentId: 'sub', position: { x: 10, y: 50 } }));
    const picture = designToSvg(d, PICTURE_PALETTES.light, () => undefined);
    expect(picture).toMatch(/data-node="fn"><title>Fn<\/title><rect x="130.5" y="290.5" width="219" height="55"/);
    expect(picture).toMatch(/data-node="sub"><rect x="121" y="241"/);
    // The picture spans the design and its margin: the VPC's corner sits one margin in.
    expect(picture).toContain(`viewBox="${100 - PICTURE_MARGIN} ${200 - PICTURE_MARGIN} `);
  });

  it('escapes <, &, >, " and \' everywhere, and drops characters XML cannot hold', () => {
    const d = emptyDesign('A & B <draft>');
    d.nodes.push(createNode(d, 'lambda-function', { id: 'fn', name: '<F> "q" & \'s\'\u0007' }));
    d.nodes.push(createNode(d, 'vpc', { id: 'vpc', name: 'VPC "main" & <co>' }));
    d.nodes.push(createNode(d, 'sqs-queue', { id: 'q', name: 'Q \ud83d\ude80 \ud800 end' }));
    d.edges.push(createEdge(d, 'fn', 'q', 'access'));
    const picture = designToSvg(d, PICTURE_PALETTES.dark, () => 'data:image/svg+xml;utf8,<svg a="1"/>&');
    expect(xmlProblems(picture)).toEqual([]);
    expect(picture).toContain('<title>&lt;F&gt; &quot;q&quot; &amp; &apos;s&apos;</title>');
    expect(picture).toContain('<title>A &amp; B &lt;draft&gt;</title>');
    expect(picture).toContain('VPC &quot;main&quot; &amp; &lt;co&gt;');
    expect(picture).not.toContain('\u0007');
    expect(picture).toContain('Q \ud83d\ude80  end');
  });

  it('shortens a long name with an ellipsis, keeping the whole name as the card’s title', () => {
    const d = emptyDesign();
    const name = 'Nightly reconciliation of every customer ledger across regions';
    d.nodes.push(createNode(d, 'lambda-function', { id: 'fn', name }));
    const picture = designToSvg(d, PICTURE_PALETTES.light, () => undefined);
    expect(picture).toContain(`<title>${name}</title>`);
    const shown = /font-weight="600" fill="[^"]+">([^<]+)</.exec(picture)![1]!;
    expect(shown.endsWith('…')).toBe(true);
    expect(name.startsWith(shown.slice(0, -1))).toBe(true);
  });

  it('uses the theme: dark background, and a light tile behind outline icons only in the dark', () => {
    const d = emptyDesign();
    d.nodes.push(createNode(d, 'security-group', { id: 'sg', name: 'SG' }));
    const dark = designToSvg(d, PICTURE_PALETTES.dark, fakeIcon);
    const light = designToSvg(d, PICTURE_PALETTES.light, fakeIcon);
    expect(dark).toContain(`fill="${PICTURE_PALETTES.dark.background}"`);
    expect(dark).toContain(`fill="${PICTURE_PALETTES.dark.iconTile}"`);
    expect(light).toContain(`fill="${PICTURE_PALETTES.light.background}"`);
    expect(light).not.toContain('#e9edf2');
  });

  it('draws an empty design as a small blank picture', () => {
    const picture = designToSvg(emptyDesign(), PICTURE_PALETTES.light, fakeIcon);
    expect(xmlProblems(picture)).toEqual([]);
    expect(picture).toContain(`width="${2 * PICTURE_MARGIN}" height="${2 * PICTURE_MARGIN}"`);
  });

  it('asks only for the icons the design shows, a public subnet’s own among them', () => {
    expect(pictureIconPaths(design)).toEqual(
      [...new Set(design.nodes.map((n) => (n.kind === 'subnet' && n.config.visibility === 'public' ? 'architecture-group/Publicsubnet.svg' : getKind(n.kind)!.icon)))].sort(),
    );
    expect(pictureIconPaths(design)).toContain('architecture-group/Publicsubnet.svg');
  });

  it('draws a 1,000-node design', () => {
    const big = generateDesign(1000, 3);
    const picture = designToSvg(big, PICTURE_PALETTES.light, fakeIcon);
    expect(xmlProblems(picture)).toEqual([]);
    expect(picture.match(/data-node="/g)).toHaveLength(big.nodes.length);
  });
});
