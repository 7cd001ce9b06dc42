import { isMap, isSeq, type Node, type Pair, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { CFN_TAGS, readCfnYaml } from '../import/cfn-yaml';
import { pairLines, sequenceItemLines } from './serialize';
import { shortForm } from './short-form';
import { isTemplateMap, sameValue } from './template-values';

type Json = Record<string, unknown>;
interface Splice {
  from: number;
  to: number;
  text: string;
}


function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}
/** Just after the line break of the line `at` is on (or the end of the text). */
function nextLineStart(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end + 1;
}

/** The whole lines from the one `start` is on to the last line of `node`, line breaks included. */
function linesRange(text: string, start: number, node: Node): { from: number; to: number } {
  const range = node.range as [number, number, number];
  // The node end can sit just past a line break: its last line is the one before it.
  const last = text[range[2] - 1] === '\n' ? range[2] - 1 : range[1];
  return { from: lineStart(text, start), to: nextLineStart(text, last) };
}

/** Where a pair's lines begin and end (from its key to the end of its value). */
const pairLinesRange = (text: string, pair: Pair<Node, Node>) => linesRange(text, pair.key.range?.[0] ?? 0, pair.value as Node);
/** Where an item of a block sequence begins and ends, its dash included. */
const itemLinesRange = (text: string, item: Node) => linesRange(text, item.range?.[0] ?? 0, item);

/**
 * The splices that turn a block sequence whose value is `before` into `after`, where `after` keeps
 * some of its items in their order and adds others at the end (a policy added, a layer removed):
 * the items kept stay as written. False when `after` is not of that shape.
 */
function diffSeq(text: string, node: YAMLSeq<Node>, before: unknown[], after: unknown[], splices: Splice[]): boolean {
  if (node.flow || node.items.length !== before.length || node.items.length === 0) return false;
  let matched = 0;
  const removed: Node[] = [];
  node.items.forEach((item, i) => {
    if (matched < after.length && sameValue(before[i], after[matched])) matched++;
    else removed.push(item);
  });
  const first = node.items[0]?.range?.[0];
  const lastItem = node.items[node.items.length - 1];
  if (first === undefined || !lastItem?.range || removed.some((item) => !item.range)) return false;
  for (const item of removed) splices.push({ ...itemLinesRange(text, item), text: '' });
  const added = after.slice(matched);
  if (added.length > 0) {
    const dashColumn = text.slice(lineStart(text, first), first).search(/\S/);
    if (dashColumn < 0) return false;
    const at = itemLinesRange(text, lastItem).to;
    splices.push({ from: at, to: at, text: `${added.flatMap((item) => sequenceItemLines(shortForm(item), dashColumn)).join('\n')}\n` });
  }
  return true;
}

/**
 * The splices that turn `node` (a block map as written, whose value is `before`) into `after`:
 * changed scalars are replaced where they stand (their comments kept), changed maps are edited key
 * by key, removed keys are taken out and new keys written at the end of the map. False when the
 * text has a form this does not edit (flow maps, keys without values).
 */
function diffMap(text: string, node: YAMLMap<Node, Node>, before: Json, after: Json, splices: Splice[]): boolean {
  if (node.flow || node.items.length === 0) return false;
  const column = (node.items[0]?.key.range?.[0] ?? 0) - lineStart(text, node.items[0]?.key.range?.[0] ?? 0);
  const seen = new Set<string>();
  for (const pair of node.items) {
    const key = (pair.key as { value?: unknown }).value;
    if (typeof key !== 'string' || !pair.value?.range || !pair.key.range) return false;
    seen.add(key);
    const next = after[key];
    if (next === undefined) {
      splices.push({ ...pairLinesRange(text, pair), text: '' });
      continue;
    }
    if (sameValue(before[key], next)) continue;
    const value = pair.value;
    if (isTemplateMap(before[key]) && isTemplateMap(next) && isMap(value) && !value.flow) {
      if (!diffMap(text, value as YAMLMap<Node, Node>, before[key] as Json, next, splices)) return false;
      continue;
    }
    const previous = before[key];
    if (Array.isArray(previous) && Array.isArray(next) && isSeq(value) && diffSeq(text, value as YAMLSeq<Node>, previous, next, splices)) continue;
    const written = shortForm(next);
    const lines = pairLines('k', written, column);
    const range = value.range as [number, number, number];
    const inline = lines.length === 1 && !text.slice(pair.key.range[0], range[1]).includes('\n');
    if (inline) {
      // From just after `key:` to the end of the value: its tag and the value go, a comment after it stays.
      const colon = text.indexOf(':', pair.key.range[1]);
      splices.push({ from: colon + 1, to: range[1], text: ` ${(lines[0] as string).slice(column + 'k: '.length)}` });
    } else {
      splices.push({ ...pairLinesRange(text, pair), text: `${pairLines(key, written, column).join('\n')}\n` });
    }
  }
  const added = Object.keys(after).filter((key) => !seen.has(key) && after[key] !== undefined);
  if (added.length > 0) {
    const last = node.items[node.items.length - 1] as Pair<Node, Node>;
    const at = pairLinesRange(text, last).to;
    splices.push({ from: at, to: at, text: `${added.flatMap((key) => pairLines(key, shortForm(after[key]), column)).join('\n')}\n` });
  }
  return true;
}

/**
 * The text of an imported resource (blank lines and comments above it included) with an edit
 * applied in place, so that the rest of it, comments included, stays as written and a changed
 * setting is a one-line change. Undefined when the edit cannot be made in the text, or when the
 * patched text would not read back as `edited`: export then writes the resource anew.
 */
export function patchResourceText(written: string, logicalId: string, original: Json, edited: unknown): string | undefined {
  // Every line ends with a line break while splicing, the last one too; it goes again at the end.
  const text = written.endsWith('\n') ? written : `${written}\n`;
  const doc = parseDocument(text, { customTags: CFN_TAGS, uniqueKeys: false });
  const root = doc.contents;
  if (doc.errors.length > 0 || !isMap(root) || root.items.length !== 1) return undefined;
  const resource = (root.items[0] as Pair<Node, Node>).value;
  if (!isMap(resource) || !isTemplateMap(edited)) return undefined;
  const splices: Splice[] = [];
  if (!diffMap(text, resource as YAMLMap<Node, Node>, original, edited, splices)) return undefined;
  let patched = text;
  // From the end backwards; at one place, what was found later first, so keys added to an inner map precede those added to its parent.
  const order = splices.map((splice, index) => ({ ...splice, index })).sort((a, b) => b.from - a.from || b.index - a.index);
  for (const splice of order) patched = patched.slice(0, splice.from) + splice.text + patched.slice(splice.to);
  patched = patched.replace(/\n+$/, '');
  try {
    const reread = readCfnYaml(patched) as Json | null;
    return reread && sameValue(reread[logicalId], edited) ? patched : undefined;
  } catch {
    return undefined;
  }
}
