import { getKind } from '../catalog/registry';
import { canonicalJson } from '../model/canonical-json';
import { analyzeExport, type ExportTarget, renderTemplate } from '../export/export-template';
import type { Design, DesignEdge, DesignNode } from '../model/design';
import { removeElements } from '../model/edits/remove-elements';
import { createEdge, createNode, freshId } from '../model/new-design';
import { importTemplate } from './import-template';
import { keepsTemplateEdits, keepTemplateEdits } from './keep-template-edits';
import type { TemplateProblem } from './parse-template';

export type TemplateEditResult =
  | { ok: true; design: Design; notes: string[] }
  | { ok: false; problems: TemplateProblem[] };

const isDeepStrictEqual = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);
const edgeKey = (e: DesignEdge) => `${e.source}\u0000${e.meaning}\u0000${e.target}`;

/**
 * Applies an edit of the design's exported template (the two-way template panel) as the difference
 * between the template as exported and as edited, both read by the importer: changed settings go to
 * the components they came from, new resources become new components beside the drawing, deleted
 * ones are removed, and connections follow. Everything the text did not change stays as drawn
 * (ids, names, places, settings a template cannot hold), so applying the unchanged text changes
 * nothing. `notes` lists edits that cannot be kept, such as changes to resources export derives.
 * In a design imported from a template, the template's own resources and sections keep what was
 * typed, including what the design does not model (keepTemplateEdits).
 */
export function applyTemplateEdit(current: Design, text: string, target: ExportTarget = 'sam', format: 'yaml' | 'json' = 'yaml'): TemplateEditResult {
  const edited = importTemplate(text, 'template');
  if (!edited.ok) return edited;
  const analysis = analyzeExport(current, target);
  const exported = importTemplate(renderTemplate(analysis.template, format, analysis.verbatim), 'template');
  if (!exported.ok) return { ok: false, problems: [{ message: 'the current design does not export to a template the importer reads back' }] };
  const before = new Map(exported.design.nodes.map((n) => [n.id, n]));
  const after = new Map(edited.design.nodes.map((n) => [n.id, n]));

  // The component each logical id stands for: the node that made it, when of the same kind.
  const nodeFor = new Map<string, string>();
  const derivedFrom = new Map<string, DesignNode>();
  for (const node of current.nodes) {
    for (const logicalId of analysis.resourceMap.nodes[node.id] ?? []) {
      const read = before.get(logicalId);
      if (read?.kind === node.kind && !nodeFor.has(logicalId)) nodeFor.set(logicalId, node.id);
      else if (read && !derivedFrom.has(logicalId)) derivedFrom.set(logicalId, node);
    }
  }
  for (const id of before.keys()) if (!nodeFor.has(id) && !derivedFrom.has(id) && current.nodes.some((n) => n.id === id)) nodeFor.set(id, id);

  let design = current;
  const notes: string[] = [];
  // A removed setting (undefined) goes back to the kind's default.
  const setConfig = (nodeId: string, patch: Record<string, unknown>) => {
    design = {
      ...design,
      nodes: design.nodes.map((n) => {
        if (n.id !== nodeId) return n;
        const merged: Record<string, unknown> = { ...n.config, ...patch };
        for (const [key, value] of Object.entries(merged)) if (value === undefined) delete merged[key];
        const parsed = getKind(n.kind)?.config.safeParse(merged);
        return parsed?.success ? ({ ...n, config: parsed.data } as DesignNode) : n;
      }),
    };
  };

  // Settings changed in the text.
  const rawBefore = exported.design.source?.resources ?? {};
  const rawAfter = edited.design.source?.resources ?? {};
  const touchesEdges = (id: string) => {
    const keys = (d: Design) => d.edges.filter((e) => e.source === id || e.target === id).map((e) => `${edgeKey(e)} ${canonicalJson(e.config)}`).sort().join('\n');
    return keys(exported.design) !== keys(edited.design);
  };
  for (const [logicalId, now] of after) {
    const was = before.get(logicalId);
    if (!was || was.kind !== now.kind) continue;
    const changed = Object.fromEntries(Object.entries(now.config).filter(([key, value]) => !isDeepStrictEqual(value, (was.config as Record<string, unknown>)[key])));
    for (const key of Object.keys(was.config)) if (!(key in now.config)) changed[key] = undefined;
    if (Object.keys(changed).length === 0) {
      if (!isDeepStrictEqual(rawBefore[logicalId]?.resource, rawAfter[logicalId]?.resource) && !touchesEdges(logicalId) && !keepsTemplateEdits(current, logicalId)) {
        notes.push(`${logicalId}: the change is to something the design does not model, so it is not kept.`);
      }
      continue;
    }
    const own = nodeFor.get(logicalId);
    const owner = derivedFrom.get(logicalId);
    if (own) setConfig(own, changed);
    else if (owner?.kind === 'lambda-function' && now.kind === 'log-group' && 'retentionInDays' in changed) setConfig(owner.id, { logRetentionDays: changed.retentionInDays });
    else if (owner) notes.push(`${logicalId} is written by export from “${owner.name}”; change “${owner.name}” instead.`);
  }

  // Resources deleted from the text.
  const removed = [...before.keys()].filter((id) => !after.has(id));
  const removedNodes = removed.flatMap((id) => (nodeFor.has(id) ? [nodeFor.get(id) as string] : []));
  for (const id of removed) if (derivedFrom.has(id)) notes.push(`${id} is written by export from “${derivedFrom.get(id)?.name}”, so it comes back; remove or change “${derivedFrom.get(id)?.name}” instead.`);
  if (removedNodes.length > 0) design = removeElements(design, removedNodes);

  // Resources added in the text: new components in a column right of the drawing.
  const x = Math.max(0, ...design.nodes.filter((n) => !n.parentId).map((n) => n.position.x + (n.size?.width ?? 220))) + 120;
  let y = Math.min(0, ...design.nodes.filter((n) => !n.parentId).map((n) => n.position.y));
  for (const [logicalId, node] of after) {
    if (before.has(logicalId)) continue;
    const parentId = node.parentId ? nodeFor.get(node.parentId) ?? (after.has(node.parentId) && !before.has(node.parentId) ? node.parentId : undefined) : undefined;
    const id = freshId(new Set(design.nodes.map((n) => n.id)), logicalId);
    const created = createNode(design, node.kind, { id, name: node.name, config: node.config as Record<string, unknown>, ...(parentId ? { parentId } : {}) });
    design = { ...design, nodes: [...design.nodes, { ...created, position: parentId ? { x: 40, y: 60 } : { x, y } }] };
    nodeFor.set(logicalId, id);
    if (!parentId) y += 120;
  }

  // Connections: compared in logical ids, applied to the components they map to.
  const mapEdge = (e: DesignEdge) => {
    const source = nodeFor.get(e.source);
    const targetId = nodeFor.get(e.target);
    return source && targetId ? { source, target: targetId } : undefined;
  };
  const beforeEdges = new Map(exported.design.edges.map((e) => [edgeKey(e), e]));
  const afterEdges = new Map(edited.design.edges.map((e) => [edgeKey(e), e]));
  const findDrawn = (e: DesignEdge) => {
    const ends = mapEdge(e);
    return ends ? design.edges.find((d) => d.source === ends.source && d.target === ends.target && d.meaning === e.meaning) : undefined;
  };
  const goneEdges = [...beforeEdges].filter(([key]) => !afterEdges.has(key)).flatMap(([, e]) => findDrawn(e) ?? []);
  if (goneEdges.length > 0) design = removeElements(design, [], goneEdges.map((e) => e.id));
  for (const [key, e] of afterEdges) {
    const was = beforeEdges.get(key);
    const drawn = findDrawn(e);
    if (!was) {
      const ends = mapEdge(e);
      if (ends && !drawn) design = { ...design, edges: [...design.edges, createEdge(design, ends.source, ends.target, e.meaning, e.config as Record<string, unknown>)] };
      continue;
    }
    if (!drawn || isDeepStrictEqual(was.config, e.config)) continue;
    const changed = Object.fromEntries(Object.entries(e.config).filter(([k, v]) => !isDeepStrictEqual(v, (was.config as Record<string, unknown>)[k])));
    design = { ...design, edges: design.edges.map((d) => (d === drawn ? { ...d, config: { ...d.config, ...changed } } : d)) };
  }

  // An imported template's own resources and sections are kept as typed.
  if (current.source) return { ok: true, design: keepTemplateEdits(design, exported.design, edited.design), notes };
  // Sections beside Resources (Parameters, Outputs, Conditions…) as written.
  const sectionsBefore = exported.design.source?.sections ?? {};
  const sectionsAfter = edited.design.source?.sections ?? {};
  if (!isDeepStrictEqual(sectionsBefore, sectionsAfter)) notes.push('Parameters, Conditions, Mappings and Outputs come from the design; edits to them are not kept.');
  return { ok: true, design, notes };
}
