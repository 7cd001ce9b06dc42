import type { z } from 'zod';
import { canContain, findConnectionSpec } from '../catalog/connection-table';
import { getKind } from '../catalog/registry';
import { Design } from './design';
import { migrate } from './migrations';

export interface LoadProblem {
  /** JSON path such as `nodes[2].config.memorySize`, or `(file)` for the whole file. */
  path: string;
  message: string;
  line?: number;
  column?: number;
}

export type LoadResult =
  | { ok: true; design: Design; migrations: string[] }
  | { ok: false; problems: LoadProblem[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(document)';
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}${'input' in issue && issue.input === undefined ? ', but it is missing' : ''}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return 'does not match any allowed shape';
    default:
      return issue.message;
  }
}

/** Parses the text of a `.lambda.json` file into a Design, or lists every problem with its path. */
export function loadDesign(text: string): LoadResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    const where = at ? lineAndColumn(text, Number(at[1])) : undefined;
    return { ok: false, problems: [{ path: '(file)', message: `not valid JSON: ${message}`, ...where }] };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, problems: [{ path: '(document)', message: 'expected a JSON object with "format", "version", "nodes" and "edges"' }] };
  }
  const migrated = migrate(raw as Record<string, unknown>);
  if (!migrated.ok) return { ok: false, problems: [{ path: '(document)', message: migrated.message }] };
  return parseDesignObject(migrated.doc, migrated.applied);
}

/** Validates an object already in the current format version (as the store and tests hold it). */
export function parseDesignObject(doc: unknown, migrations: string[] = []): LoadResult {
  const parsed = Design.safeParse(doc);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: describeIssue(issue) })),
    };
  }
  const problems = checkReferences(parsed.data);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, design: parsed.data, migrations };
}

/** What zod cannot see: unique ids, edges between existing nodes with a meaning their kinds allow, containers. */
function checkReferences(design: Design): LoadProblem[] {
  const problems: LoadProblem[] = [];
  const nodes = new Map<string, Design['nodes'][number]>();
  design.nodes.forEach((node, i) => {
    if (nodes.has(node.id)) problems.push({ path: `nodes[${i}].id`, message: `duplicate node id "${node.id}"` });
    nodes.set(node.id, node);
  });
  design.nodes.forEach((node, i) => {
    if (node.parentId === undefined) return;
    const parent = nodes.get(node.parentId);
    if (!parent) problems.push({ path: `nodes[${i}].parentId`, message: `no node has the id "${node.parentId}"` });
    else if (!canContain(parent.kind, node.kind)) {
      problems.push({
        path: `nodes[${i}].parentId`,
        message: `a ${getKind(node.kind)?.label} cannot sit inside a ${getKind(parent.kind)?.label}`,
      });
    }
  });
  const edgeIds = new Set<string>();
  design.edges.forEach((edge, i) => {
    if (edgeIds.has(edge.id)) problems.push({ path: `edges[${i}].id`, message: `duplicate edge id "${edge.id}"` });
    edgeIds.add(edge.id);
    const source = nodes.get(edge.source);
    const target = nodes.get(edge.target);
    if (!source) problems.push({ path: `edges[${i}].source`, message: `no node has the id "${edge.source}"` });
    if (!target) problems.push({ path: `edges[${i}].target`, message: `no node has the id "${edge.target}"` });
    if (!source || !target) return;
    const spec = findConnectionSpec(source.kind, target.kind, edge.meaning);
    if (!spec) {
      problems.push({
        path: `edges[${i}].meaning`,
        message: `"${edge.meaning}" is not a connection from a ${getKind(source.kind)?.label} to a ${getKind(target.kind)?.label}`,
      });
      return;
    }
    if (spec.config) {
      const config = spec.config.safeParse(edge.config);
      if (!config.success) {
        for (const issue of config.error.issues) {
          problems.push({ path: formatPath(['edges', i, 'config', ...issue.path]), message: describeIssue(issue) });
        }
      } else {
        edge.config = config.data as Record<string, unknown>;
      }
    }
  });
  return problems;
}
