import { getKind } from '../catalog/registry';
import { ancestors, designHierarchy } from '../layout/design-hierarchy';
import { CONTAINER_HEADER, containerSubtitle, estimateTextWidth } from '../layout/node-labels';
import type { Design, DesignNode } from '../model/design';
import { COMPONENT_SIZE, nodeSize, type Rect } from '../model/edits/geometry';
import { MEANINGS } from '../model/meaning';
import { edgeCurve } from './edge-curve';
import { EDGE_LINES, type EdgeStyle, edgeLabelColour, type PicturePalette } from './picture-palette';

/** Room around the diagram, so it does not touch the picture's edge. */
export const PICTURE_MARGIN = 40;
const FONT = "'Amazon Ember', 'Helvetica Neue', Arial, sans-serif";
/** React Flow's handles are 8 px squares centred on the node's side: edges start and end 4 px out. */
const HANDLE_OUTSET = 4;
/** Component card (app.css .component-node): 8 px padding, 36 px icon, 10 px gap, text. */
const CARD = { padding: 8, icon: 36, gap: 10, nameSize: 13, kindSize: 11 };
const LABEL = { fontSize: 10, paddingX: 6, height: 16 };

/**
 * Characters XML 1.0 forbids even escaped: controls other than tab and line breaks, lone
 * surrogates, U+FFFE and U+FFFF. A name pasted from elsewhere may carry them.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(FORBIDDEN_IN_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** The icon a node shows on the canvas (a public subnet has its own). */
export function pictureIconPath(node: DesignNode): string | undefined {
  if (node.kind === 'subnet' && node.config.visibility === 'public') return 'architecture-group/Publicsubnet.svg';
  return getKind(node.kind)?.icon;
}

/** Every icon the picture of this design needs, to resolve before drawing it. */
export function pictureIconPaths(design: Design): string[] {
  return [...new Set(design.nodes.map(pictureIconPath).filter((p): p is string => p !== undefined))].sort();
}

/** Cuts text to fit a width, ending it with an ellipsis like the canvas does. */
function fitText(text: string, width: number, fontSize: number, bold: boolean): string {
  if (estimateTextWidth(text, fontSize, bold) <= width) return text;
  const chars = [...text];
  while (chars.length > 1 && estimateTextWidth(`${chars.join('')}…`, fontSize, bold) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

const num = (v: number) => String(Math.round(v * 100) / 100);

/**
 * A standalone SVG picture of the whole design, drawn like the canvas: VPCs and subnets as tinted
 * frames with a header, components as cards with their icon, name and kind, edges as React Flow's
 * curves in their meaning's colour and dash, with an arrow head and a label pill. `iconFor` gives an
 * icon's data URL (or nothing, and the card goes without). Positions are made absolute from the
 * design's parent-relative ones.
 */
export function designToSvg(design: Design, palette: PicturePalette, iconFor: (iconPath: string) => string | undefined): string {
  const hierarchy = designHierarchy(design);
  const boxes = new Map<string, Rect>();
  for (const node of design.nodes) {
    let { x, y } = node.position;
    for (const id of ancestors(hierarchy, node.id)) {
      const parent = hierarchy.byId.get(id)!;
      x += parent.position.x;
      y += parent.position.y;
    }
    boxes.set(node.id, { x, y, ...nodeSize(node) });
  }
  const all = [...boxes.values()];
  const left = (all.length ? Math.min(...all.map((b) => b.x)) : 0) - PICTURE_MARGIN;
  const top = (all.length ? Math.min(...all.map((b) => b.y)) : 0) - PICTURE_MARGIN;
  const width = Math.ceil((all.length ? Math.max(...all.map((b) => b.x + b.width)) : 0) + PICTURE_MARGIN - left);
  const height = Math.ceil((all.length ? Math.max(...all.map((b) => b.y + b.height)) : 0) + PICTURE_MARGIN - top);
  const icon = (node: DesignNode) => {
    const path = pictureIconPath(node);
    return path ? iconFor(path) : undefined;
  };

  const out: string[] = [];
  // xlink:href rather than SVG 2's href: older SVG readers (office suites, Inkscape 0.92) know only the former.
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="${num(left)} ${num(top)} ${width} ${height}" font-family="${escapeXml(FONT)}">`);
  out.push(`<title>${escapeXml(design.name)}</title>`);
  out.push(arrowMarkers(palette));
  out.push(`<rect x="${num(left)}" y="${num(top)}" width="${width}" height="${height}" fill="${palette.background}"/>`);

  const depth = (node: DesignNode) => ancestors(hierarchy, node.id).length;
  const containers = design.nodes.filter((n) => getKind(n.kind)?.container).sort((a, b) => depth(a) - depth(b));
  for (const node of containers) out.push(containerSvg(node, boxes.get(node.id)!, palette, icon(node)));

  const labels: string[] = [];
  for (const edge of design.edges) {
    const s = boxes.get(edge.source);
    const t = boxes.get(edge.target);
    if (!s || !t) continue;
    const info = MEANINGS[edge.meaning];
    const curve = edgeCurve({ x: s.x + s.width + HANDLE_OUTSET, y: s.y + s.height / 2 }, { x: t.x - HANDLE_OUTSET, y: t.y + t.height / 2 });
    const line = EDGE_LINES[info.style];
    const dash = line.dash ? ` stroke-dasharray="${line.dash}"` : '';
    out.push(`<path d="${curve.path}" fill="none" stroke="${palette.edges[info.style]}" stroke-width="${line.width}"${dash} marker-end="url(#arrow-${info.style})"/>`);
    labels.push(edgeLabelSvg(info.label, curve.label, info.style, palette));
  }
  out.push(...labels);

  for (const node of design.nodes) {
    if (getKind(node.kind)?.container) continue;
    out.push(componentSvg(node, boxes.get(node.id)!, palette, icon(node)));
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

/** Arrow heads as the canvas draws them (renderer/canvas/EdgeMarkers.tsx), one per edge style. */
function arrowMarkers(palette: PicturePalette): string {
  const styles = Object.keys(EDGE_LINES) as EdgeStyle[];
  const markers = styles.map((style) =>
    `<marker id="arrow-${style}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M 0 0 L 10 5 L 0 10 z" fill="${palette.edges[style]}"/></marker>`);
  return `<defs>${markers.join('')}</defs>`;
}

function containerSvg(node: DesignNode, box: Rect, palette: PicturePalette, iconData: string | undefined): string {
  const colour = node.kind === 'subnet' ? (node.config.visibility === 'public' ? palette.subnetPublic : palette.subnetPrivate) : palette.vpc;
  const tint = node.kind === 'subnet' ? 0.07 : 0.04;
  const h = CONTAINER_HEADER;
  const iconX = box.x + h.paddingX;
  const iconY = box.y + (h.height - h.icon) / 2;
  const textX = iconData ? iconX + h.icon + h.gap : box.x + h.paddingX + 2;
  const subtitle = containerSubtitle(node);
  const parts = [
    `<g data-node="${escapeXml(node.id)}">`,
    // The canvas's 2 px border lies inside the box.
    `<rect x="${num(box.x + 1)}" y="${num(box.y + 1)}" width="${num(Math.max(0, box.width - 2))}" height="${num(Math.max(0, box.height - 2))}" rx="4" fill="${colour}" fill-opacity="${tint}" stroke="${colour}" stroke-width="2"/>`,
    iconData ? `<image xlink:href="${escapeXml(iconData)}" x="${num(iconX)}" y="${num(iconY)}" width="${h.icon}" height="${h.icon}"/>` : '',
    `<text x="${num(textX)}" y="${num(box.y + h.height / 2 + 4.5)}" font-size="${h.nameSize}" fill="${palette.text}">`,
    `<tspan font-weight="600">${escapeXml(node.name)}</tspan>`,
    subtitle ? `<tspan dx="10" font-size="${h.subtitleSize}" fill="${palette.muted}">${escapeXml(subtitle)}</tspan>` : '',
    '</text>',
    '</g>',
  ];
  return parts.filter(Boolean).join('');
}

function componentSvg(node: DesignNode, box: Rect, palette: PicturePalette, iconData: string | undefined): string {
  const kind = getKind(node.kind);
  const iconX = box.x + 1 + CARD.padding;
  const iconY = box.y + (box.height - CARD.icon) / 2;
  const textX = iconX + CARD.icon + CARD.gap;
  const textWidth = box.x + COMPONENT_SIZE.width - CARD.padding - 4 - textX;
  const outline = kind?.icon.startsWith('resource/') && palette.iconTile;
  const parts = [
    `<g data-node="${escapeXml(node.id)}">`,
    `<title>${escapeXml(node.name)}</title>`,
    `<rect x="${num(box.x + 0.5)}" y="${num(box.y + 0.5)}" width="${num(box.width - 1)}" height="${num(box.height - 1)}" rx="8" fill="${palette.nodeFill}" stroke="${palette.nodeStroke}"/>`,
    outline && iconData ? `<rect x="${num(iconX)}" y="${num(iconY)}" width="${CARD.icon}" height="${CARD.icon}" rx="4" fill="${palette.iconTile}"/>` : '',
    iconData
      ? outline
        ? `<image xlink:href="${escapeXml(iconData)}" x="${num(iconX + 3)}" y="${num(iconY + 3)}" width="${CARD.icon - 6}" height="${CARD.icon - 6}"/>`
        : `<image xlink:href="${escapeXml(iconData)}" x="${num(iconX)}" y="${num(iconY)}" width="${CARD.icon}" height="${CARD.icon}"/>`
      : '',
    `<text x="${num(textX)}" y="${num(box.y + box.height / 2 - 2)}" font-size="${CARD.nameSize}" font-weight="600" fill="${palette.text}">${escapeXml(fitText(node.name, textWidth, CARD.nameSize, true))}</text>`,
    `<text x="${num(textX)}" y="${num(box.y + box.height / 2 + 13)}" font-size="${CARD.kindSize}" fill="${palette.muted}">${escapeXml(fitText(kind?.label ?? node.kind, textWidth, CARD.kindSize, false))}</text>`,
    '</g>',
  ];
  return parts.filter(Boolean).join('');
}

/** The canvas's label pill (app.css .edge-label) centred on the curve's middle. */
function edgeLabelSvg(label: string, at: { x: number; y: number }, style: EdgeStyle, palette: PicturePalette): string {
  const width = estimateTextWidth(label, LABEL.fontSize) + 2 * LABEL.paddingX + 2;
  return [
    `<g class="edge-label">`,
    `<rect x="${num(at.x - width / 2)}" y="${num(at.y - LABEL.height / 2)}" width="${num(width)}" height="${LABEL.height}" rx="${LABEL.height / 2}" fill="${palette.panel}" stroke="${palette.border}"/>`,
    `<text x="${num(at.x)}" y="${num(at.y + 3.5)}" font-size="${LABEL.fontSize}" text-anchor="middle" fill="${edgeLabelColour(palette, style)}">${escapeXml(label)}</text>`,
    '</g>',
  ].join('');
}
