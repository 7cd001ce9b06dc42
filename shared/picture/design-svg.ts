import { getKind } from '../catalog/registry';
import type { Design } from '../model/design';
import { absolutePosition, nodeSize } from '../model/edits/geometry';
import { MEANINGS, type MeaningInfo } from '../model/meaning';

export interface PicturePalette {
  background: string;
  text: string;
  muted: string;
  nodeFill: string;
  nodeStroke: string;
  vpc: string;
  subnetPrivate: string;
  subnetPublic: string;
  edges: Record<MeaningInfo['style'], string>;
}

/** The canvas's colours (renderer/styles/app.css), for pictures that look like the canvas. */
export const PICTURE_PALETTES: Record<'light' | 'dark', PicturePalette> = {
  light: {
    background: '#f6f7f9', text: '#16191f', muted: '#5f6b7a', nodeFill: '#ffffff', nodeStroke: '#c4ccd6',
    vpc: '#8c4fff', subnetPrivate: '#0f8b8d', subnetPublic: '#3f8624',
    edges: { sync: '#0972d3', async: '#8c4fff', polled: '#e07b00', success: '#1d8102', failure: '#d13212', data: '#5f6b7a', structure: '#9ba7b6' },
  },
  dark: {
    background: '#0f141a', text: '#e6ebf1', muted: '#9aa7b6', nodeFill: '#1c2530', nodeStroke: '#3a4757',
    vpc: '#b48cff', subnetPrivate: '#3fb8ba', subnetPublic: '#7bc35a',
    edges: { sync: '#539fe5', async: '#b48cff', polled: '#ffb340', success: '#5cc140', failure: '#ff6a4d', data: '#9aa7b6', structure: '#5d6b7c' },
  },
};

const DASH: Record<MeaningInfo['style'], string> = { sync: '', async: '7 4', polled: '2 4', success: '', failure: '7 3 2 3', data: '', structure: '3 3' };
const MARGIN = 32;

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * A standalone SVG picture of the whole design, drawn like the canvas: containers as coloured
 * frames, components as cards with their icon (`iconFor` gives a data URL), edges as curves in
 * their meaning's colour and dash, with labels.
 */
export function designToSvg(design: Design, palette: PicturePalette, iconFor: (iconPath: string) => string | undefined): string {
  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  const boxes = new Map(design.nodes.map((n) => [n.id, { ...absolutePosition(design, n.id, byId), ...nodeSize(n) }]));
  const all = [...boxes.values()];
  const minX = all.length ? Math.min(...all.map((b) => b.x)) - MARGIN : 0;
  const minY = all.length ? Math.min(...all.map((b) => b.y)) - MARGIN : 0;
  const width = all.length ? Math.max(...all.map((b) => b.x + b.width)) + MARGIN - minX : 200;
  const height = all.length ? Math.max(...all.map((b) => b.y + b.height)) + MARGIN - minY : 100;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${Math.round(width)}" height="${Math.round(height)}" viewBox="${minX} ${minY} ${width} ${height}" font-family="Helvetica, Arial, sans-serif">`);
  out.push(`<title>${escapeXml(design.name)}</title>`);
  out.push(`<rect x="${minX}" y="${minY}" width="${width}" height="${height}" fill="${palette.background}"/>`);
  const containers = design.nodes.filter((n) => getKind(n.kind)?.container);
  for (const node of containers) {
    const b = boxes.get(node.id)!;
    const colour = node.kind === 'subnet' ? (node.config.visibility === 'public' ? palette.subnetPublic : palette.subnetPrivate) : palette.vpc;
    out.push(`<rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" rx="4" fill="${colour}" fill-opacity="0.06" stroke="${colour}" stroke-width="2"/>`);
    out.push(`<text x="${b.x + 10}" y="${b.y + 20}" font-size="13" font-weight="bold" fill="${palette.text}">${escapeXml(node.name)}</text>`);
  }
  for (const edge of design.edges) {
    const s = boxes.get(edge.source);
    const t = boxes.get(edge.target);
    if (!s || !t) continue;
    const style = MEANINGS[edge.meaning].style;
    const colour = palette.edges[style];
    const x1 = s.x + s.width;
    const y1 = s.y + s.height / 2;
    const x2 = t.x;
    const y2 = t.y + t.height / 2;
    const bend = Math.max(40, Math.abs(x2 - x1) / 2);
    const dash = DASH[style] ? ` stroke-dasharray="${DASH[style]}"` : '';
    out.push(`<path d="M ${x1} ${y1} C ${x1 + bend} ${y1}, ${x2 - bend} ${y2}, ${x2} ${y2}" fill="none" stroke="${colour}" stroke-width="1.6"${dash}/>`);
    out.push(`<path d="M ${x2 - 9} ${y2 - 4.5} L ${x2} ${y2} L ${x2 - 9} ${y2 + 4.5} z" fill="${colour}"/>`);
    out.push(`<text x="${(x1 + x2) / 2}" y="${(y1 + y2) / 2 - 4}" font-size="10" text-anchor="middle" fill="${colour}">${escapeXml(MEANINGS[edge.meaning].label)}</text>`);
  }
  for (const node of design.nodes) {
    if (getKind(node.kind)?.container) continue;
    const b = boxes.get(node.id)!;
    const kind = getKind(node.kind);
    out.push(`<rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" rx="8" fill="${palette.nodeFill}" stroke="${palette.nodeStroke}"/>`);
    const icon = kind ? iconFor(kind.icon) : undefined;
    if (icon) out.push(`<image href="${escapeXml(icon)}" x="${b.x + 8}" y="${b.y + 10}" width="36" height="36"/>`);
    out.push(`<text x="${b.x + 54}" y="${b.y + 25}" font-size="13" font-weight="bold" fill="${palette.text}">${escapeXml(node.name)}</text>`);
    out.push(`<text x="${b.x + 54}" y="${b.y + 42}" font-size="11" fill="${palette.muted}">${escapeXml(kind?.label ?? node.kind)}</text>`);
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
