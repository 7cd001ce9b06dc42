import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EDGE_LINES, type EdgeStyle, PICTURE_PALETTES, type PicturePalette } from './picture-palette';

const css = readFileSync(new URL('../../renderer/styles/app.css', import.meta.url), 'utf8');

function variables(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  expect(start, selector).toBeGreaterThanOrEqual(0);
  const block = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

function expectMatches(palette: PicturePalette, vars: Record<string, string>, fallback: Record<string, string> = {}) {
  const v = (name: string) => vars[name] ?? fallback[name];
  expect(palette.background).toBe(v('bg'));
  expect(palette.panel).toBe(v('panel'));
  expect(palette.border).toBe(v('border'));
  expect(palette.text).toBe(v('text'));
  expect(palette.muted).toBe(v('muted'));
  expect(palette.nodeFill).toBe(v('node-bg'));
  expect(palette.nodeStroke).toBe(v('node-border'));
  expect(palette.vpc).toBe(v('vpc'));
  expect(palette.subnetPrivate).toBe(v('subnet-private'));
  expect(palette.subnetPublic).toBe(v('subnet-public'));
  for (const style of Object.keys(EDGE_LINES) as EdgeStyle[]) expect(palette.edges[style], style).toBe(v(`edge-${style}`));
}

describe('picture palettes', () => {
  const light = variables(':root');
  it('use the canvas’s light theme colours', () => expectMatches(PICTURE_PALETTES.light, light));
  it('use the canvas’s dark theme colours, and its tile behind outline icons', () => {
    expectMatches(PICTURE_PALETTES.dark, variables(":root[data-theme='dark']"), light);
    expect(css).toMatch(new RegExp(`\\.icon-outline \\{ background: ${PICTURE_PALETTES.dark.iconTile}`));
    expect(PICTURE_PALETTES.light.iconTile).toBeUndefined();
  });

  it('draw each edge style with the canvas’s dash and width', () => {
    const base = /\.react-flow__edge-path \{ stroke-width: ([\d.]+); \}/.exec(css);
    expect(base).not.toBeNull();
    for (const [style, line] of Object.entries(EDGE_LINES)) {
      const rule = new RegExp(`\\.react-flow__edge\\.edge-${style} \\.react-flow__edge-path \\{([^}]*)\\}`).exec(css);
      expect(rule, style).not.toBeNull();
      const dash = /stroke-dasharray: ([^;]+);/.exec(rule![1]!)?.[1];
      const width = /stroke-width: ([\d.]+);/.exec(rule![1]!)?.[1] ?? base![1];
      expect(line.dash, style).toBe(dash);
      expect(line.width, style).toBe(Number(width));
    }
  });
});
