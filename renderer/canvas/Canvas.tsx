import {
  Background,
  BackgroundVariant,
  Controls,
  type EdgeChange,
  type FinalConnectionState,
  MiniMap,
  type NodeChange,
  ReactFlow,
  type ReactFlowState,
  ReactFlowProvider,
  useReactFlow,
  useStore,
} from '@xyflow/react';
import { type DragEvent, type MouseEvent as ReactMouseEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { containerAt, reparentNode } from '../../shared/model/edits/add-node';
import { absolutePosition, nodeSize, withDescendants } from '../../shared/model/edits/geometry';
import { moveNodes, type NodeMove } from '../../shared/model/edits/move-nodes';
import { resizeNode } from '../../shared/model/edits/resize-node';
import { addComponent, requestConnection } from '../state/actions';
import { usePublishNodeCosts } from '../state/cost-state';
import { usePublishBadges } from '../state/findings';
import { useDesigner } from '../state/store';
import { useUi } from '../state/ui-store';
import { ConnectionMenu } from './ConnectionMenu';
import { ContextMenu } from './ContextMenu';
import { EdgeMarkers } from './EdgeMarkers';
import { MeaningEdge } from './edges/MeaningEdge';
import { EmptyHint } from './EmptyHint';
import { flowInstance, setFlowInstance } from './flow-instance';
import { Legend } from './Legend';
import { ComponentNode } from './nodes/ComponentNode';
import { ContainerNode } from './nodes/ContainerNode';
import { QuickAdd } from './QuickAdd';
import { RefusalToast } from './RefusalToast';
import { type FlowEdge, type FlowNode, toFlowEdges, toFlowNodes } from './to-flow';

export const PALETTE_MIME = 'application/x-lambda-designer-kind';
const nodeTypes = { component: ComponentNode, container: ContainerNode };
const edgeTypes = { meaning: MeaningEdge };
// Props of React Flow are constants or stable callbacks: a new value re-renders every node and edge
// wrapper (1,600 at 1,000 nodes) on each render of the canvas, i.e. on every step of a drag.
const SNAP_GRID: [number, number] = [16, 16];
const PRO_OPTIONS = { hideAttribution: true };
const MULTI_SELECTION_KEYS = ['Meta', 'Control'];
const closeMenus = () => useUi.getState().closeMenus();
// Below this zoom, names and icons are too small to read: drawn as plain boxes, far cheaper to paint.
const zoomedOutOf = (s: ReactFlowState) => s.transform[2] < 0.35;
const minimapNodeColor = (n: FlowNode) => (n.type === 'container' ? 'transparent' : '#ff9900');
const minimapNodeStroke = (n: FlowNode) => (n.type === 'container' ? '#8c4fff' : '#e07b00');

function pointOf(event: MouseEvent | TouchEvent | ReactMouseEvent): { x: number; y: number } {
  if ('changedTouches' in event && event.changedTouches[0]) return { x: event.changedTouches[0].clientX, y: event.changedTouches[0].clientY };
  const mouse = event as MouseEvent;
  return { x: mouse.clientX, y: mouse.clientY };
}

function nodeIdAt(point: { x: number; y: number }): string | undefined {
  const el = document.elementFromPoint(point.x, point.y)?.closest('.react-flow__node');
  return el?.getAttribute('data-id') ?? undefined;
}

/** The findings and costs the badges on the canvas show, published once per checked design. */
function BadgePublisher() {
  usePublishBadges();
  usePublishNodeCosts();
  return null;
}

function CanvasInner() {
  const design = useDesigner((s) => s.design);
  const selection = useDesigner((s) => s.selection);
  const snapToGrid = useUi((s) => s.snapToGrid);
  const openCount = useDesigner((s) => s.openCount);
  const { fitView } = useReactFlow();
  const zoomedOut = useStore(zoomedOutOf);

  // Fit each newly opened document into view once; adding components never moves the view.
  useEffect(() => {
    if (openCount === 0) return;
    const frame = requestAnimationFrame(() => void fitView({ padding: 0.15 }));
    return () => cancelAnimationFrame(frame);
  }, [openCount, fitView]);
  const measured = useRef(new Map<string, { width: number; height: number }>());
  const [measuredVersion, setMeasuredVersion] = useState(0);
  const nodes = useMemo(
    () => toFlowNodes(design, new Set(selection.nodes), measured.current),
    // measuredVersion stands for the contents of the measured map.
    [design, selection.nodes, measuredVersion],
  );
  // Moving a node changes no edge: the same array then, so React Flow does not rebuild its edge lookups.
  const previousEdges = useRef<FlowEdge[]>([]);
  const edges = useMemo(() => (previousEdges.current = toFlowEdges(design, new Set(selection.edges), previousEdges.current)), [design, selection.edges]);

  const onNodesChange = useCallback((changes: NodeChange<FlowNode>[]) => {
    const store = useDesigner.getState();
    const moves: NodeMove[] = [];
    let gestureEnded = false;
    let selected: Set<string> | null = null;
    let remeasured = false;
    for (const change of changes) {
      if (change.type === 'position') {
        if (change.position) moves.push({ id: change.id, position: change.position });
        if (change.dragging === false) gestureEnded = true;
      } else if (change.type === 'dimensions' && change.resizing === undefined && change.dimensions) {
        const known = measured.current.get(change.id);
        if (known?.width !== change.dimensions.width || known?.height !== change.dimensions.height) {
          measured.current.set(change.id, change.dimensions);
          remeasured = true;
        }
      } else if (change.type === 'dimensions' && change.resizing !== undefined) {
        const { dimensions } = change;
        if (dimensions) store.preview((d) => resizeNode(d, change.id, dimensions));
        if (change.resizing === false) gestureEnded = true;
      } else if (change.type === 'select') {
        selected ??= new Set(store.selection.nodes);
        if (change.selected) selected.add(change.id);
        else selected.delete(change.id);
      }
    }
    if (moves.length > 0) store.preview((d) => moveNodes(d, moves));
    if (gestureEnded) store.endGesture();
    if (selected) store.select({ nodes: [...selected], edges: useDesigner.getState().selection.edges });
    if (remeasured) setMeasuredVersion((v) => v + 1);
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange<FlowEdge>[]) => {
    const store = useDesigner.getState();
    let selected: Set<string> | null = null;
    for (const change of changes) {
      if (change.type !== 'select') continue;
      selected ??= new Set(store.selection.edges);
      if (change.selected) selected.add(change.id);
      else selected.delete(change.id);
    }
    if (selected) store.select({ nodes: useDesigner.getState().selection.nodes, edges: [...selected] });
  }, []);

  // A node dropped over a container joins it; dragged out of every container, it leaves. The move
  // and the change of container are one undo step.
  const onNodeDragStop = useCallback((_e: MouseEvent | TouchEvent, _node: FlowNode, dragged: FlowNode[]) => {
    const store = useDesigner.getState();
    for (const flowNode of dragged) {
      const { design: d } = useDesigner.getState();
      const node = d.nodes.find((n) => n.id === flowNode.id);
      if (!node) continue;
      const at = absolutePosition(d, node.id);
      const size = nodeSize(node);
      const centre = { x: at.x + size.width / 2, y: at.y + size.height / 2 };
      const target = containerAt(d, centre, node.kind, withDescendants(d, [node.id]));
      if (target?.id !== node.parentId && !(node.parentId && dragged.some((n) => n.id === node.parentId))) {
        store.preview((design) => reparentNode(design, node.id, target?.id));
      }
    }
    store.endGesture();
  }, []);

  const onConnectEnd = useCallback((event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
    const at = pointOf(event);
    const from = state.fromNode?.id;
    const to = state.toNode?.id ?? nodeIdAt(at);
    if (!from || !to) return;
    // Dragged from a node's input handle: the connection runs the other way.
    if (state.fromHandle?.type === 'target') requestConnection(to, from, at);
    else requestConnection(from, to, at);
  }, []);

  const onDrop = useCallback((event: DragEvent) => {
    const kind = event.dataTransfer.getData(PALETTE_MIME);
    const flow = flowInstance();
    if (!kind || !flow) return;
    event.preventDefault();
    const at = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
    addComponent(kind, { x: at.x - 110, y: at.y - 28 });
  }, []);

  const onDoubleClick = useCallback((event: ReactMouseEvent) => {
    const flow = flowInstance();
    if (!flow || !(event.target instanceof Element) || !event.target.classList.contains('react-flow__pane')) return;
    useUi.getState().set({ quickAdd: { at: { x: event.clientX, y: event.clientY }, flow: flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }) } });
  }, []);

  const openContextMenu = useCallback((event: ReactMouseEvent | MouseEvent, target: NonNullable<ReturnType<typeof useUi.getState>['contextMenu']>['target']) => {
    event.preventDefault();
    useUi.getState().set({ contextMenu: { at: { x: event.clientX, y: event.clientY }, target } });
  }, []);

  const onNodeContextMenu = useCallback((e: ReactMouseEvent, node: FlowNode) => {
    if (!useDesigner.getState().selection.nodes.includes(node.id)) useDesigner.getState().select({ nodes: [node.id], edges: [] });
    openContextMenu(e, { type: 'node', id: node.id });
  }, [openContextMenu]);

  const onEdgeContextMenu = useCallback((e: ReactMouseEvent, edge: FlowEdge) => {
    useDesigner.getState().select({ nodes: [], edges: [edge.id] });
    openContextMenu(e, { type: 'edge', id: edge.id });
  }, [openContextMenu]);

  const onPaneContextMenu = useCallback((e: ReactMouseEvent | MouseEvent) => {
    const flow = flowInstance();
    if (flow) openContextMenu(e, { type: 'pane', flow: flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }) });
  }, [openContextMenu]);

  return (
    <div className={zoomedOut ? 'canvas zoomed-out' : 'canvas'} data-testid="canvas" onDoubleClick={onDoubleClick} onDrop={onDrop} onDragOver={(e) => e.preventDefault()}>
      <EdgeMarkers />
      <BadgePublisher />
      <ReactFlow<FlowNode, FlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onInit={setFlowInstance}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={onNodeDragStop}
        onConnectEnd={onConnectEnd}
        onNodeContextMenu={onNodeContextMenu}
        onEdgeContextMenu={onEdgeContextMenu}
        onPaneContextMenu={onPaneContextMenu}
        onPaneClick={closeMenus}
        onlyRenderVisibleElements
        minZoom={0.1}
        snapToGrid={snapToGrid}
        snapGrid={SNAP_GRID}
        zoomOnDoubleClick={false}
        proOptions={PRO_OPTIONS}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={MULTI_SELECTION_KEYS}
      >
        <Background variant={BackgroundVariant.Dots} gap={16} size={1} />
        <MiniMap
          pannable
          zoomable
          nodeStrokeWidth={3}
          nodeColor={minimapNodeColor}
          nodeStrokeColor={minimapNodeStroke}
          maskColor="rgb(120 130 140 / 0.15)"
        />
        <Controls />
      </ReactFlow>
      <Legend />
      {design.nodes.length === 0 ? <EmptyHint /> : null}
      <ConnectionMenu />
      <RefusalToast />
      <QuickAdd />
      <ContextMenu />
    </div>
  );
}

export function Canvas() {
  return (
    <ReactFlowProvider>
      <CanvasInner />
    </ReactFlowProvider>
  );
}
