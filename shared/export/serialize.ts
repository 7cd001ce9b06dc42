import { Document, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { readsAsOtherThanString } from '../import/yaml-1-1';
import { GetAtt, GetAZs, Intrinsic, Join, Ref, Select, Split, Sub } from './intrinsics';
import type { CfnTemplate } from './template-types';
import { hasDefined, isTemplateMap } from './template-values';

/** Long-form JSON, 2-space indent, newline at the end. */
export function templateToJson(template: CfnTemplate): string {
  return `${JSON.stringify(template, null, 2)}\n`;
}

/**
 * YAML with the short intrinsic tags (`!Ref`, `!Sub`, `!Select [0, !GetAZs '']`...).
 *
 * The layout is written here, because the `yaml` package takes over 100 ms to print the template
 * of a 1,000-node design. How each string is written (plain, quoted or as a block) is the `yaml`
 * package's decision, under YAML 1.1 rules (CloudFormation and cfn-lint read `OFF`, `yes` or
 * `12:30` unquoted as booleans and numbers); only strings that are plain under any rules skip it.
 * The output is byte for byte what the `yaml` package prints for the same nodes (tested).
 */
export function templateToYaml(template: CfnTemplate): string {
  const lines: string[] = [];
  writeBlock(template, 0, lines);
  return `${lines.join('\n')}\n`;
}

const OPTIONS = { lineWidth: 0, flowCollectionPadding: false, singleQuote: true } as const;
type Context = 'block' | 'flow' | 'key';

/** Letters, digits and a few safe marks, single spaces or colons between words: never needs quotes for its characters. */
const SAFE_CHARACTERS = /^[A-Za-z][\w./()-]*(?:(?: |::?)[\w./()-]+)*$/;

const cache: Record<Context, Map<string, string>> = { block: new Map(), flow: new Map(), key: new Map() };
const CACHE_LIMIT = 20000;

function printedByYaml(text: string, context: Context): string {
  const doc = new Document(null, { version: '1.1' });
  const scalar = new Scalar(text);
  // As the reference does for every multi-line string; where a block cannot go, the package picks a quoted form.
  if (text.includes('\n')) scalar.type = Scalar.BLOCK_LITERAL;
  if (context === 'flow') {
    const seq = new YAMLSeq(doc.schema);
    seq.items = [scalar];
    seq.flow = true;
    doc.contents = seq;
    return doc.toString(OPTIONS).trimEnd().slice(1, -1);
  }
  // Inside a map, as in the template: at the top of a document, `---` would be printed differently.
  const map = new YAMLMap(doc.schema);
  if (context === 'key') {
    const inner = new YAMLMap(doc.schema);
    inner.set(scalar, new Scalar(0));
    map.set(new Scalar('k'), inner);
  } else {
    map.set(new Scalar('k'), scalar);
  }
  doc.contents = map;
  const printed = doc.toString(OPTIONS).trimEnd();
  if (context !== 'key') return printed.slice('k: '.length);
  const lines = printed.split('\n');
  // A key with a line break becomes an explicit `? ` key over several lines; a double-quoted key says the same on one.
  return lines.length === 2 ? (lines[1] as string).slice(2, -': 0'.length) : JSON.stringify(text);
}

function stringText(text: string, context: Context): string {
  const known = cache[context].get(text);
  if (known !== undefined) return known;
  const plain = context !== 'flow' && SAFE_CHARACTERS.test(text) && !readsAsOtherThanString(text);
  const printed = plain ? text : printedByYaml(text, context);
  if (cache[context].size >= CACHE_LIMIT) cache[context].clear();
  cache[context].set(text, printed);
  return printed;
}

function scalarText(value: unknown, context: Context): string {
  if (typeof value === 'string') return stringText(value, context);
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  // Imported templates (kept resources) may hold these; exported designs never do.
  if (value === null) return 'null';
  if (typeof value === 'number') return String(value);
  return printedByYaml(value as string, context);
}

/**
 * A multi-line string as a literal block: its header (`|`, `|-`, `|2-`...) and its lines at `column`.
 * The yaml package prints it as a map value or sequence item at column 0 (content at column 2), and
 * the lines move over; the header's indentation indicator is relative, so it stays right.
 */
function literalBlock(text: string, column: number, inSequence: boolean): { header: string; lines: string[] } {
  const doc = new Document(null, { version: '1.1' });
  const scalar = new Scalar(text);
  scalar.type = Scalar.BLOCK_LITERAL;
  if (inSequence) {
    const seq = new YAMLSeq(doc.schema);
    seq.items = [scalar];
    doc.contents = seq;
  } else {
    const map = new YAMLMap(doc.schema);
    map.set(new Scalar('k'), scalar);
    doc.contents = map;
  }
  const [first, ...content] = doc.toString(OPTIONS).replace(/\n$/, '').split('\n');
  const pad = ' '.repeat(column);
  return { header: (first as string).slice(inSequence ? 2 : 3), lines: content.map((line) => (line === '' ? '' : pad + line.slice(2))) };
}


/** Intrinsics printed as a flow sequence on one line: only when everything inside is that simple. */
function isSimple(value: unknown): boolean {
  if (value instanceof Ref || value instanceof GetAtt || value instanceof GetAZs) return true;
  if (value instanceof Select) return isSimple(value.list);
  if (value instanceof Split) return isSimple(value.source);
  if (value instanceof Sub) return value.variables === undefined;
  return typeof value === 'string' ? !value.includes('\n') : value === null || typeof value !== 'object';
}

/** Arguments of an intrinsic written as a tagged sequence, or undefined for tagged scalars. */
function sequenceArguments(value: Intrinsic): unknown[] | undefined {
  if (value instanceof Sub) return value.variables ? [value.text, value.variables] : undefined;
  if (value instanceof Select) return [value.index, value.list];
  if (value instanceof Split) return [value.delimiter, value.source];
  if (value instanceof Join) return [value.delimiter, value.values];
  return undefined;
}

function taggedScalarText(value: Intrinsic, context: Context): string {
  const argument = value instanceof Ref ? value.logicalId
    : value instanceof GetAtt ? `${value.logicalId}.${value.attribute}`
      : value instanceof GetAZs ? value.region
        : value instanceof Sub ? value.text
          : undefined;
  if (argument === undefined) throw new Error(`no YAML form for ${value.tag}`);
  return `${value.tag} ${stringText(argument, context)}`;
}

function flowText(value: unknown): string {
  if (value instanceof Intrinsic) {
    const args = sequenceArguments(value);
    return args ? `${value.tag} [${args.map(flowText).join(', ')}]` : taggedScalarText(value, 'flow');
  }
  if (Array.isArray(value)) return `[${value.map(flowText).join(', ')}]`;
  return scalarText(value, 'flow');
}

/** The value on the same line as its key or dash, or undefined when it needs lines of its own. */
function inlineText(value: unknown): string | undefined {
  if (value instanceof Intrinsic) {
    const args = sequenceArguments(value);
    if (!args) return taggedScalarText(value, 'block');
    return (value instanceof Select || value instanceof Split) && isSimple(value) ? flowText(value) : undefined;
  }
  if (Array.isArray(value)) return value.length === 0 ? '[]' : undefined;
  if (isTemplateMap(value)) return hasDefined(value) ? undefined : '{}';
  if (typeof value === 'string' && value.includes('\n')) return undefined;
  return scalarText(value, 'block');
}

/** What follows the key or dash on the first line; the lines below it go to `out` at `column`. */
function writeNested(value: unknown, column: number, inSequence: boolean, out: string[]): string {
  if (typeof value === 'string') {
    const { header, lines } = literalBlock(value, column, inSequence);
    for (const line of lines) out.push(line);
    return header;
  }
  if (value instanceof Intrinsic) {
    writeBlock(sequenceArguments(value) as unknown[], column, out);
    return value.tag;
  }
  writeBlock(value, column, out);
  return '';
}

const pads: string[] = [];
function pad(column: number): string {
  return (pads[column] ??= ' '.repeat(column));
}

/** A block map or sequence at `column`, line by line. */
function writeBlock(value: unknown, column: number, out: string[]): void {
  const indent = pad(column);
  if (Array.isArray(value)) {
    for (const item of value) {
      const inline = inlineText(item);
      if (inline !== undefined) {
        out.push(`${indent}- ${inline}`);
      } else if (Array.isArray(item) || isTemplateMap(item)) {
        // The first line of the nested collection goes on the dash's line.
        const first = out.length;
        writeBlock(item, column + 2, out);
        out[first] = `${indent}- ${(out[first] as string).slice(column + 2)}`;
      } else {
        const at = out.length;
        out.push('');
        out[at] = `${indent}- ${writeNested(item, column + 2, true, out)}`;
      }
    }
    return;
  }
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    if (item === undefined) continue;
    const keyText = stringText(key, 'key');
    const inline = inlineText(item);
    if (inline !== undefined) {
      out.push(`${indent}${keyText}: ${inline}`);
      continue;
    }
    const at = out.length;
    out.push('');
    const header = writeNested(item, column + 2, false, out);
    out[at] = header ? `${indent}${keyText}: ${header}` : `${indent}${keyText}:`;
  }
}

/** `key: value` as the exporter writes it, the key at `column`. */
export function pairLines(key: string, value: unknown, column: number): string[] {
  const out: string[] = [];
  writeBlock({ [key]: value }, column, out);
  return out;
}

/** One item of a block sequence (`- value`) as the exporter writes it, the dash at `column`. */
export function sequenceItemLines(value: unknown, column: number): string[] {
  const out: string[] = [];
  writeBlock([value], column, out);
  return out;
}
