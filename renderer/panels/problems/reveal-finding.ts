import { flowInstance } from '../../canvas/flow-instance';
import type { Finding } from '../../state/findings';
import { useDesigner } from '../../state/store';

/** Selects every component and connection of the finding and zooms the canvas to them. */
export function revealFinding(finding: Finding): void {
  useDesigner.getState().select({ nodes: [...finding.nodeIds], edges: [...finding.edgeIds] });
  void flowInstance()?.fitView({ nodes: finding.nodeIds.map((id) => ({ id })), padding: 0.5, duration: 250, maxZoom: 1.25 });
}
