/**
 * React Flow's default bezier edge (getBezierPath in @xyflow/system, curvature 0.25) from a handle
 * on the source's right side to one on the target's left side, and the point where its label sits.
 */
export function edgeCurve(source: { x: number; y: number }, target: { x: number; y: number }): { path: string; label: { x: number; y: number } } {
  const curvature = 0.25;
  const offset = (distance: number) => (distance >= 0 ? 0.5 * distance : curvature * 25 * Math.sqrt(-distance));
  const c1 = { x: source.x + offset(target.x - source.x), y: source.y };
  const c2 = { x: target.x - offset(target.x - source.x), y: target.y };
  const n = (v: number) => String(Math.round(v * 10) / 10);
  return {
    path: `M${n(source.x)},${n(source.y)} C${n(c1.x)},${n(c1.y)} ${n(c2.x)},${n(c2.y)} ${n(target.x)},${n(target.y)}`,
    label: {
      x: source.x * 0.125 + c1.x * 0.375 + c2.x * 0.375 + target.x * 0.125,
      y: source.y * 0.125 + c1.y * 0.375 + c2.y * 0.375 + target.y * 0.125,
    },
  };
}
