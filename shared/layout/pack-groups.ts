/** Space between separately laid out groups. */
export const GROUP_GAP = 60;
/** Shape the packed groups aim for: a landscape page, like a screen or a document. */
const TARGET_ASPECT = 16 / 10;

/**
 * Places boxes (in the given order) in rows, left to right, starting a new row when the next box
 * would pass a width chosen so the whole reads as a landscape page. Returns each box's top-left.
 */
export function packGroups(sizes: readonly { width: number; height: number }[]): { x: number; y: number }[] {
  if (sizes.length === 0) return [];
  const widest = Math.max(...sizes.map((s) => s.width));
  const area = sizes.reduce((sum, s) => sum + (s.width + GROUP_GAP) * (s.height + GROUP_GAP), 0);
  const rowWidth = Math.max(widest, Math.sqrt(area * TARGET_ASPECT));
  const out: { x: number; y: number }[] = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const size of sizes) {
    if (x > 0 && x + size.width > rowWidth) {
      x = 0;
      y += rowHeight + GROUP_GAP;
      rowHeight = 0;
    }
    out.push({ x, y });
    x += size.width + GROUP_GAP;
    rowHeight = Math.max(rowHeight, size.height);
  }
  return out;
}
