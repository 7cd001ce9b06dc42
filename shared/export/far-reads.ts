import type { DesignEdge, DesignNode } from '../model/design';
import type { DesignEdit } from './design-edit';
import type { DesignGraph, GraphAfterEdit, GraphView } from './design-graph';
import type { DesignPart } from './design-part';
import { editedEdges } from './design-part';
import { isReferenceLink } from './reference-cycles';

/** Kinds whose nodes hold others: what sits in them, and what is connected to that, reads which subnets they hold and how. */
const CONTAINERS = new Set(['vpc', 'subnet']);

/**
 * Whether the export reads what an edit changed further away than the part around it shows:
 * - a container (VPC, subnet) changed: what sits in it, and functions connected to its security
 *   groups or mounting its file systems, read its subnets;
 * - a node changed kind;
 * - a user pool came, went or changed logical id: APIs anywhere use the design's only pool; nor
 *   does an API in the part read another answer to "the only pool" than the whole design gives;
 * - a connection that makes one function or state machine refer to another came or went on a loop
 *   of such references: every function on a loop is named in advance (reference-cycles);
 * - a queue's choice of dead-letter queue may change on a loop of dead-letter connections: the
 *   connection that would close a loop, wherever it is, writes no redrive policy (chooseDeadLetterQueues).
 */
export function readsBeyondPart(graph: DesignGraph, after: GraphAfterEdit, edit: DesignEdit, part: DesignPart, idsChanged: ReadonlySet<string>): boolean {
  if (edit.nodes.changed.some((c) => c.before.kind !== c.after.kind)) return true;
  for (const id of part.centre) {
    const kinds = [graph.node(id)?.kind, after.node(id)?.kind];
    if (kinds.some((kind) => kind !== undefined && CONTAINERS.has(kind))) return true;
    if (kinds.includes('cognito-user-pool') && (kinds.includes(undefined) || idsChanged.has(id))) return true;
  }
  return onlyUserPoolDiffers(graph, after, edit, part) || referenceLoopsChange(graph, after, edit) || redriveChoicesChange(graph, after, edit);
}

/** An API of the part with a Cognito or JWT authorizer, and the part does not hold the design's user pools as the whole does (none, one, or more). */
function onlyUserPoolDiffers(graph: DesignGraph, after: GraphView, edit: DesignEdit, part: DesignPart): boolean {
  const isPool = (node: DesignNode | undefined) => node?.kind === 'cognito-user-pool';
  const inDesign = graph.countOf('cognito-user-pool') + edit.nodes.added.filter(isPool).length - edit.nodes.removed.filter(isPool).length;
  let inPart = 0;
  let readsPool = false;
  for (const id of part.nodes) {
    const node = after.node(id);
    if (isPool(node)) inPart++;
    const authorizer = (node?.config as { authorizer?: string } | undefined)?.authorizer;
    if ((node?.kind === 'api-gateway-rest' || node?.kind === 'api-gateway-http') && (authorizer === 'COGNITO' || authorizer === 'JWT')) readsPool = true;
  }
  return readsPool && inPart !== inDesign && (inPart === 1 || inDesign === 1);
}

/** An edited reference between functions and state machines on a loop, before (as it was) or after the edit (as it is). */
function referenceLoopsChange(before: GraphView, after: GraphView, edit: DesignEdit): boolean {
  const onLoop = (view: GraphView, edge: DesignEdge) => {
    const refers = (e: DesignEdge) => isReferenceLink(view.node(e.source)?.kind, view.node(e.target)?.kind, e.meaning);
    return refers(edge) && reaches(view, edge.target, edge.source, refers);
  };
  const { added, removed, changed } = edit.edges;
  return [...removed, ...changed.map((c) => c.before)].some((e) => onLoop(before, e)) || [...added, ...changed.map((c) => c.after)].some((e) => onLoop(after, e));
}

/** A queue whose dead-letter connections, or whose dead-letter queues' FIFO setting, the edit changed, on a loop of dead-letter connections. */
function redriveChoicesChange(before: GraphView, after: GraphView, edit: DesignEdit): boolean {
  const queues = new Set<string>();
  for (const edge of editedEdges(edit)) if (edge.meaning === 'dead-letter') queues.add(edge.source);
  for (const { before: old, after: node } of edit.nodes.changed) {
    if (node.kind !== 'sqs-queue' || !fifoChanged(old, node)) continue;
    queues.add(node.id);
    for (const view of [before, after]) for (const edge of view.edgesAt(node.id)) if (edge.meaning === 'dead-letter') queues.add(edge.source);
  }
  for (const view of [before, after]) {
    const redrive = (e: DesignEdge) => e.meaning === 'dead-letter' && view.node(e.source)?.kind === 'sqs-queue' && view.node(e.target)?.kind === 'sqs-queue';
    for (const queue of queues) {
      for (const edge of view.edgesAt(queue)) if (edge.source === queue && redrive(edge) && reaches(view, edge.target, queue, redrive)) return true;
    }
  }
  return false;
}

function fifoChanged(before: DesignNode, after: DesignNode): boolean {
  return (before.config as { fifo?: unknown }).fifo !== (after.config as { fifo?: unknown }).fifo;
}

/** Whether `to` is reached from `from` along connections that `follows` takes, from source to target. */
function reaches(view: GraphView, from: string, to: string, follows: (edge: DesignEdge) => boolean): boolean {
  const seen = new Set([from]);
  const stack = [from];
  for (let at = stack.pop(); at !== undefined; at = stack.pop()) {
    if (at === to) return true;
    for (const edge of view.edgesAt(at)) {
      if (edge.source !== at || seen.has(edge.target) || !follows(edge)) continue;
      seen.add(edge.target);
      stack.push(edge.target);
    }
  }
  return false;
}
