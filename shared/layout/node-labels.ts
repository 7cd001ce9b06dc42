import type { DesignNode } from '../model/design';

/** The second line of a container's header on the canvas (renderer/canvas/nodes/ContainerNode.tsx). */
export function containerSubtitle(node: DesignNode): string {
  if (node.kind === 'subnet') return `${node.config.visibility} · ${node.config.availabilityZone} · ${node.config.cidr}`;
  if (node.kind === 'vpc') return node.config.cidr;
  return '';
}

/**
 * Rough width of a line of the canvas's sans-serif text, without a DOM to measure it: average
 * advance of about 0.55em (0.6em bold), wide letters and digits counted a little wider.
 */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const ch of text) {
    if (/[MWmw@%]/.test(ch)) ems += 0.85;
    else if (/[A-Z0-9]/.test(ch)) ems += 0.65;
    else if (/[iljtfr.,:;'|!\u00B7 ()[\]/-]/.test(ch)) ems += 0.32;
    else ems += 0.53;
  }
  return ems * fontSize * (bold ? 1.08 : 1);
}

/** Header layout shared by the layout (minimum width) and the picture: icon, name, subtitle. */
export const CONTAINER_HEADER = { height: 36, paddingX: 8, icon: 24, gap: 6, nameSize: 13, subtitleSize: 11 } as const;

/** Width the container's header needs so its name and subtitle fit on one line. */
export function containerHeaderWidth(node: DesignNode): number {
  const h = CONTAINER_HEADER;
  const subtitle = containerSubtitle(node);
  const subtitleWidth = subtitle ? h.gap + 4 + estimateTextWidth(subtitle, h.subtitleSize) : 0;
  return Math.ceil(2 * h.paddingX + h.icon + h.gap + estimateTextWidth(node.name, h.nameSize, true) + subtitleWidth);
}
