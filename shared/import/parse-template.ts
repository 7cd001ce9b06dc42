import { isMap, isScalar, isSeq, LineCounter, type Pair, parseDocument, type Scalar, type YAMLParseError } from 'yaml';
import { resourceTexts, resourceTextsAt, sectionTexts, sectionTextsAt } from './resource-texts';
import { readFastYaml } from './fast-yaml';
import { CFN_TAGS } from './cfn-yaml';

export interface TemplateProblem {
  line?: number;
  column?: number;
  /** Where in the template, such as `Resources.MyFunction.Properties`. */
  path?: string;
  message: string;
}

export type Json = Record<string, unknown>;
export type ParseResult =
  | { ok: true; template: Json; warnings: string[]; /** Each resource's and section's YAML as written, comments included. */ resourceTexts?: Record<string, string>; sectionTexts?: Record<string, string> }
  | { ok: false; problems: TemplateProblem[] };

/** 10 MB: larger than CloudFormation accepts from S3 (1 MB) many times over; refused before parsing. */
export const MAX_TEMPLATE_BYTES = 10 * 1024 * 1024;
/** Deeper than any real template; guards the recursive walks that follow parsing. */
export const MAX_DEPTH = 64;
/** Aliases a template may use; a billion-laughs document needs far more. */
const MAX_ALIASES = 100;

/** Whether a value nests more than `limit` levels (a scalar or an empty collection is one); visits no deeper than that. */
function deeperThan(value: unknown, limit: number): boolean {
  if (limit < 1) return true;
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) {
    for (const item of value) if (deeperThan(item, limit - 1)) return true;
    return false;
  }
  for (const key of Object.keys(value)) if (deeperThan((value as Json)[key], limit - 1)) return true;
  return false;
}

function shapeProblems(template: unknown): TemplateProblem[] {
  if (template === null || typeof template !== 'object' || Array.isArray(template)) {
    return [{ line: 1, column: 1, message: 'not a CloudFormation template: expected a map with a Resources section' }];
  }
  const resources = (template as Json).Resources;
  if (resources === undefined) return [{ line: 1, column: 1, path: 'Resources', message: 'not a CloudFormation template: it has no Resources section' }];
  if (resources === null || typeof resources !== 'object' || Array.isArray(resources)) {
    return [{ path: 'Resources', message: 'Resources must be a map of logical ids to resources' }];
  }
  const problems: TemplateProblem[] = [];
  for (const [id, resource] of Object.entries(resources as Json)) {
    if (!/^[A-Za-z0-9]+$/.test(id)) problems.push({ path: `Resources.${id}`, message: `logical id "${id}" must hold only letters and digits` });
    else if (resource === null || typeof resource !== 'object' || typeof (resource as Json).Type !== 'string') {
      problems.push({ path: `Resources.${id}`, message: 'a resource needs a Type' });
    }
  }
  return problems;
}

function jsonProblem(text: string, error: unknown): TemplateProblem {
  const message = error instanceof Error ? error.message : String(error);
  const at = /position (\d+)/.exec(message);
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return { line: Number(lineCol[1]), column: Number(lineCol[2]), message: `not valid JSON: ${message}` };
  if (!at) return { line: 1, message: `not valid JSON: ${message}` };
  const before = text.slice(0, Number(at[1]));
  return { line: before.split('\n').length, column: Number(at[1]) - before.lastIndexOf('\n'), message: `not valid JSON: ${message}` };
}

/** Keys equal as a Set finds them (NaN too). */
const sameKey = (a: unknown, b: unknown) => a === b || (a !== a && b !== b);
/** Maps up to this size are searched for a repeated key pair by pair, without a Set. */
const SMALL_MAP = 16;

/** CloudFormation keeps the last of two equal keys; cfn-lint reports them. Told, not refused. */
function duplicateKeys(root: unknown, lineCounter: LineCounter): string[] {
  const found: string[] = [];
  const stack: unknown[] = [root];
  const report = (key: Scalar) => {
    const line = key.range ? lineCounter.linePos(key.range[0]).line : undefined;
    found.push(`line ${line ?? '?'}: key "${String(key.value)}" appears twice; the last one is kept`);
  };
  while (stack.length > 0 && found.length < 20) {
    const node = stack.pop();
    if (isMap(node)) {
      const items = node.items;
      if (items.length <= SMALL_MAP) {
        for (let i = 0; i < items.length; i++) {
          const key = (items[i] as Pair).key;
          if (isScalar(key)) {
            for (let j = 0; j < i; j++) {
              const earlier = (items[j] as Pair).key;
              if (isScalar(earlier) && sameKey(earlier.value, key.value)) {
                report(key);
                break;
              }
            }
          }
          stack.push((items[i] as Pair).value);
        }
        continue;
      }
      const seen = new Set<unknown>();
      for (const pair of items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (seen.has(key) && isScalar(pair.key)) report(pair.key);
        seen.add(key);
        stack.push(pair.value);
      }
    } else if (isSeq(node)) stack.push(...node.items);
  }
  return found;
}

/** The fast reader's result (fast-yaml.ts), or undefined when it declines the text: then the yaml package's is the one. */
export function parseYamlFast(text: string): ParseResult | undefined {
  const read = readFastYaml(text);
  if (!read) return undefined;
  const resources = read.resources ? resourceTextsAt(read.lines, read.resources.line, read.resources.keys) : {};
  return { ok: true, template: read.value, warnings: [], resourceTexts: resources, sectionTexts: sectionTextsAt(text, read.lines, read.sections) };
}

/** YAML read by the yaml package: any YAML, with its problems (line and column) when it is not valid. */
export function parseYamlPackage(text: string): ParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { customTags: CFN_TAGS, lineCounter, prettyErrors: false, uniqueKeys: false, strict: false });
  const errors = [...doc.errors];
  for (const warning of doc.warnings) if (warning.code === 'TAG_RESOLVE_FAILED') errors.push(warning as unknown as YAMLParseError);
  if (errors.length > 0) {
    return {
      ok: false,
      problems: errors.slice(0, 20).map((e) => {
        const where = lineCounter.linePos(e.pos[0]);
        const message = e.code === 'TAG_RESOLVE_FAILED' ? `unknown tag: ${e.message.split('\n')[0]}` : e.message.split('\n')[0] as string;
        return { line: where.line, column: where.col, message };
      }),
    };
  }
  const warnings = duplicateKeys(doc.contents, lineCounter);
  try {
    return { ok: true, template: doc.toJS({ maxAliasCount: MAX_ALIASES }) as Json, warnings, resourceTexts: resourceTexts(doc, text, lineCounter), sectionTexts: sectionTexts(doc, text, lineCounter) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ line: 1, column: 1, message: /alias/i.test(message) ? `too many aliases (${message}); a template needs few` : message }] };
  }
}

function parseYaml(text: string): ParseResult {
  return parseYamlFast(text) ?? parseYamlPackage(text);
}

/** Parses a SAM or CloudFormation template, YAML (short or long intrinsic forms) or JSON, into long-form JSON. */
export function parseTemplate(text: string): ParseResult {
  if (text.length > MAX_TEMPLATE_BYTES) {
    return { ok: false, problems: [{ line: 1, message: `the file is ${(text.length / 1024 / 1024).toFixed(1)} MB; templates over 10 MB are refused` }] };
  }
  const trimmed = text.trimStart();
  let parsed: ParseResult;
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      parsed = { ok: true, template: JSON.parse(text) as Json, warnings: [] };
    } catch (error) {
      // JSON is YAML: a flow map with comments or single quotes may still read as YAML.
      const asYaml = parseYaml(text);
      parsed = asYaml.ok ? asYaml : { ok: false, problems: [jsonProblem(text, error)] };
    }
  } else parsed = parseYaml(text);
  if (!parsed.ok) return parsed;
  if (deeperThan(parsed.template, MAX_DEPTH)) {
    return { ok: false, problems: [{ line: 1, message: `nested more than ${MAX_DEPTH} levels deep; not a template this tool reads` }] };
  }
  const problems = shapeProblems(parsed.template);
  return problems.length > 0 ? { ok: false, problems } : parsed;
}
