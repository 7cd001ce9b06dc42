import type { ReactFlowInstance } from '@xyflow/react';
import type { FlowEdge, FlowNode } from './to-flow';

let instance: ReactFlowInstance<FlowNode, FlowEdge> | null = null;

/** The canvas's React Flow instance, for commands that run outside the canvas (zoom, centre, screen → canvas). */
export function setFlowInstance(next: ReactFlowInstance<FlowNode, FlowEdge> | null): void {
  instance = next;
}

export function flowInstance(): ReactFlowInstance<FlowNode, FlowEdge> | null {
  return instance;
}

/** The canvas point at the centre of the visible canvas. */
export function canvasCentre(): { x: number; y: number } {
  const el = document.querySelector('[data-testid="canvas"]');
  if (!instance || !el) return { x: 0, y: 0 };
  const r = el.getBoundingClientRect();
  return instance.screenToFlowPosition({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
}
