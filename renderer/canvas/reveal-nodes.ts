import { absoluteRect } from '../../shared/model/edits/geometry';
import type { Design } from '../../shared/model/design';
import { flowInstance } from './flow-instance';

/**
 * Pans (at the same zoom) to the first of `ids` when none of them is in view: components added
 * elsewhere than on the canvas, e.g. typed into the template, land beside the design, and the canvas
 * draws only what is in view.
 */
export function revealNodes(design: Design, ids: readonly string[]): void {
  const flow = flowInstance();
  const el = document.querySelector('[data-testid="canvas"]');
  if (!flow || !el || ids.length === 0) return;
  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  const rects = ids.flatMap((id) => {
    const node = byId.get(id);
    return node ? [absoluteRect(design, node, byId)] : [];
  });
  const box = el.getBoundingClientRect();
  const topLeft = flow.screenToFlowPosition({ x: box.left, y: box.top });
  const bottomRight = flow.screenToFlowPosition({ x: box.right, y: box.bottom });
  const inView = (r: (typeof rects)[number]) => r.x < bottomRight.x && r.x + r.width > topLeft.x && r.y < bottomRight.y && r.y + r.height > topLeft.y;
  const first = rects[0];
  if (!first || rects.some(inView)) return;
  void flow.setCenter(first.x + first.width / 2, first.y + first.height / 2, { zoom: flow.getZoom(), duration: 200 });
}
