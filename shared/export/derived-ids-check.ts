import type { ExportedDesign } from './exported-design';
import type { NodeIdsAfter } from './node-ids-along-edits';
import type { RenderedPart } from './part-checks';

/**
 * Whether the ids the part derives (a stem and a suffix, numbered when taken: LogicalIds.derive) are
 * those the full export would give, which derives ids for the rest of the design in the same registry:
 * - no id the part looked at, before or after the edit, is held by the rest of the design in the
 *   previous template (node ids aside: the part keeps them all), nor is a node's new id;
 * - no id the edit lets go (a resource, parameter or node id the part no longer has) was stepped
 *   over by the rest of the design when numbering: were "QueuePolicy" to go, a "QueuePolicy2"
 *   made elsewhere would be "QueuePolicy" in the full export.
 */
export function derivedIdsHold(previous: ExportedDesign, before: RenderedPart, after: RenderedPart, nodeIds: NodeIdsAfter): boolean {
  const { Resources: resources, Parameters: parameters = {} } = previous.analysis.template;
  const inPart = (rendered: RenderedPart, id: string) => id in rendered.template.Resources || rendered.ctx.parameters.has(id);
  const heldElsewhere = (id: string) => (id in resources || id in parameters) && !inPart(before, id);
  const isNodeId = (id: string) => nodeIds.isNodeId.has(id) || nodeIds.wasNodeId.has(id);
  for (const rendered of [before, after]) for (const id of rendered.ctx.ids.probed ?? []) if (heldElsewhere(id) && !isNodeId(id)) return false;
  if (nodeIds.come.some(heldElsewhere)) return false;
  for (const id of after.ctx.parameters.keys()) if (!(id in parameters) && id in resources) return false;
  const taken = (id: string) => id in resources || id in parameters || isNodeId(id);
  const freed = [...Object.keys(before.template.Resources), ...before.ctx.parameters.keys(), ...nodeIds.gone].filter((id) => !inPart(after, id) && !nodeIds.isNodeId.has(id));
  return !freed.some((id) => steppedOver(id, taken, heldElsewhere));
}

/** Whether an id that numbering went past when `id` was taken (id2, id3..., or the next numbers of a numbered id) is held elsewhere. */
function steppedOver(id: string, taken: (id: string) => boolean, heldElsewhere: (id: string) => boolean): boolean {
  for (const [stem, number] of numberings(id)) {
    for (let n = Math.max(number + 1, 2); taken(`${stem}${n}`); n++) if (heldElsewhere(`${stem}${n}`)) return true;
  }
  return false;
}

/** The ways derive may have numbered an id: the id itself (number 1), or a stem and a number from 2 up. */
function numberings(id: string): [stem: string, number: number][] {
  const readings: [string, number][] = [[id, 1]];
  for (let at = id.length - 1; at > 0 && /[0-9]/.test(id[at] as string); at--) {
    const digits = id.slice(at);
    if (digits[0] !== '0' && Number(digits) >= 2) readings.push([id.slice(0, at), Number(digits)]);
  }
  return readings;
}
