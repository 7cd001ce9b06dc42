import { connectionOptions } from '../../shared/catalog/connection-table';
import type { Meaning } from '../../shared/model/meaning';
import { addNodeAt } from '../../shared/model/edits/add-node';
import { copyFragment, type Fragment, pasteFragment } from '../../shared/model/edits/clipboard';
import { connectNodes } from '../../shared/model/edits/connect-nodes';
import { moveNodes } from '../../shared/model/edits/move-nodes';
import { removeElements } from '../../shared/model/edits/remove-elements';
import { flowInstance } from '../canvas/flow-instance';
import { useDesigner } from './store';
import { type ScreenPoint, useUi } from './ui-store';

let clipboard: Fragment | null = null;
let pasteCount = 0;

/** Adds a component of a kind at a canvas point (inside the container there) and selects it. */
export function addComponent(kindId: string, at: { x: number; y: number }): string {
  let nodeId = '';
  useDesigner.getState().change((d) => {
    const result = addNodeAt(d, kindId, at);
    nodeId = result.nodeId;
    return result.design;
  });
  useDesigner.getState().select({ nodes: [nodeId], edges: [] });
  return nodeId;
}

/** Connects two nodes: one meaning fits → edge; several → ask; none → say why where the user let go. */
export function requestConnection(source: string, target: string, at: ScreenPoint): void {
  const { design } = useDesigner.getState();
  const from = design.nodes.find((n) => n.id === source);
  const to = design.nodes.find((n) => n.id === target);
  if (!from || !to) return;
  const answer = connectionOptions(from.kind, to.kind);
  if (!answer.ok) {
    useUi.getState().set({ refusal: { at, reason: answer.reason }, connectionMenu: null });
    return;
  }
  const only = answer.options.length === 1 ? answer.options[0] : undefined;
  if (only) connect(source, target, only.meaning);
  else useUi.getState().set({ connectionMenu: { at, source, target, options: answer.options }, refusal: null });
}

export function connect(source: string, target: string, meaning: Meaning): void {
  let edgeId = '';
  useDesigner.getState().change((d) => {
    const result = connectNodes(d, source, target, meaning);
    edgeId = result.edgeId;
    return result.design;
  });
  useDesigner.getState().select({ nodes: [], edges: [edgeId] });
  useUi.getState().set({ connectionMenu: null });
}

export function deleteSelection(): void {
  const { selection, change, select } = useDesigner.getState();
  change((d) => removeElements(d, selection.nodes, selection.edges));
  select({ nodes: [], edges: [] });
}

export function selectAll(): void {
  const { design, select } = useDesigner.getState();
  select({ nodes: design.nodes.map((n) => n.id), edges: design.edges.map((e) => e.id) });
}

export function copySelection(): void {
  const { design, selection } = useDesigner.getState();
  if (selection.nodes.length === 0) return;
  clipboard = copyFragment(design, selection.nodes);
  pasteCount = 0;
}

export function pasteClipboard(): void {
  if (!clipboard) return;
  const fragment = clipboard;
  pasteCount++;
  let ids: { nodeIds: string[]; edgeIds: string[] } = { nodeIds: [], edgeIds: [] };
  useDesigner.getState().change((d) => {
    const result = pasteFragment(d, fragment, { x: 40 * pasteCount, y: 40 * pasteCount });
    ids = result;
    return result.design;
  });
  useDesigner.getState().select({ nodes: ids.nodeIds, edges: ids.edgeIds });
}

export function duplicateSelection(): void {
  copySelection();
  pasteClipboard();
}

export function nudgeSelection(dx: number, dy: number): void {
  const { design, selection, change } = useDesigner.getState();
  const selected = new Set(selection.nodes);
  // Children of a selected container move with it already.
  const moves = design.nodes
    .filter((n) => selected.has(n.id) && !(n.parentId && selected.has(n.parentId)))
    .map((n) => ({ id: n.id, position: { x: n.position.x + dx, y: n.position.y + dy } }));
  change((d) => moveNodes(d, moves));
}

/** Lays the whole design out (one undo step) and fits it into view. */
export async function autoLayout(): Promise<void> {
  const before = useDesigner.getState().design;
  // elkjs is a large script: loaded on the first layout, not at start.
  const { layoutDesign } = await import('../../shared/layout/auto-layout');
  const laid = await layoutDesign(before);
  // An edit made while the layout ran wins over the layout.
  if (useDesigner.getState().design !== before) return;
  useDesigner.getState().change(() => laid);
  requestAnimationFrame(() => void flowInstance()?.fitView({ padding: 0.15, duration: 300 }));
}
