import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  type NodeChange,
  type EdgeChange,
  ReactFlow,
  ReactFlowProvider,
} from '@xyflow/react';
import { useCallback, useMemo } from 'react';
import { moveNodes, type NodeMove } from '../../shared/model/edits/move-nodes';
import { useDesigner } from '../state/store';
import { EdgeMarkers } from './EdgeMarkers';
import { MeaningEdge } from './edges/MeaningEdge';
import { ComponentNode } from './nodes/ComponentNode';
import { ContainerNode } from './nodes/ContainerNode';
import { type FlowEdge, type FlowNode, toFlowEdges, toFlowNodes } from './to-flow';

const nodeTypes = { component: ComponentNode, container: ContainerNode };
const edgeTypes = { meaning: MeaningEdge };

function CanvasInner() {
  const design = useDesigner((s) => s.design);
  const selection = useDesigner((s) => s.selection);
  const nodes = useMemo(() => toFlowNodes(design, new Set(selection.nodes)), [design, selection.nodes]);
  const edges = useMemo(() => toFlowEdges(design, new Set(selection.edges)), [design, selection.edges]);

  const onNodesChange = useCallback((changes: NodeChange<FlowNode>[]) => {
    const store = useDesigner.getState();
    const moves: NodeMove[] = [];
    let gestureEnded = false;
    let selected: Set<string> | null = null;
    for (const change of changes) {
      if (change.type === 'position') {
        if (change.position) moves.push({ id: change.id, position: change.position });
        if (change.dragging === false) gestureEnded = true;
      } else if (change.type === 'select') {
        selected ??= new Set(store.selection.nodes);
        if (change.selected) selected.add(change.id);
        else selected.delete(change.id);
      }
    }
    if (moves.length > 0) store.preview((d) => moveNodes(d, moves));
    if (gestureEnded) store.endGesture();
    if (selected) store.select({ nodes: [...selected], edges: useDesigner.getState().selection.edges });
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

  return (
    <div className="canvas" data-testid="canvas">
      <EdgeMarkers />
      <ReactFlow<FlowNode, FlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        fitView
        fitViewOptions={{ padding: 0.15 }}
        minZoom={0.1}
        proOptions={{ hideAttribution: true }}
        deleteKeyCode={null}
      >
        <Background variant={BackgroundVariant.Dots} gap={16} size={1} />
        <MiniMap pannable zoomable />
        <Controls />
      </ReactFlow>
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
