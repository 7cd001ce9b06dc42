import { Document, type Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { GetAtt, GetAZs, Intrinsic, Join, Ref, Select, Split, Sub } from './intrinsics';

type Doc = Document<Node, true>;

function scalar(value: unknown): Scalar {
  const node = new Scalar(value);
  if (typeof value === 'string' && value.includes('\n')) node.type = Scalar.BLOCK_LITERAL;
  return node;
}

function tagged<N extends Scalar | YAMLSeq>(node: N, tag: string, flow = false): N {
  node.tag = tag;
  if (flow && node instanceof YAMLSeq) node.flow = true;
  return node;
}

function seq(doc: Doc, items: readonly unknown[]): YAMLSeq {
  const node = new YAMLSeq(doc.schema);
  node.items = items.map((item) => toNode(doc, item));
  return node;
}

/** Whether every part of an intrinsic is short enough to print on one line (`[0, !GetAZs '']`). */
function isSimple(value: unknown): boolean {
  if (value instanceof Ref || value instanceof GetAtt || value instanceof GetAZs) return true;
  if (value instanceof Select) return isSimple(value.list);
  if (value instanceof Split) return isSimple(value.source);
  if (value instanceof Sub) return value.variables === undefined;
  return typeof value === 'string' ? !value.includes('\n') : value === null || typeof value !== 'object';
}

function intrinsicNode(doc: Doc, value: Intrinsic): Node {
  if (value instanceof Ref) return tagged(scalar(value.logicalId), value.tag);
  if (value instanceof GetAtt) return tagged(scalar(`${value.logicalId}.${value.attribute}`), value.tag);
  if (value instanceof GetAZs) return tagged(scalar(value.region), value.tag);
  if (value instanceof Sub) {
    if (!value.variables) return tagged(scalar(value.text), value.tag);
    return tagged(seq(doc, [value.text, value.variables]), value.tag);
  }
  if (value instanceof Select) return tagged(seq(doc, [value.index, value.list]), value.tag, isSimple(value.list));
  if (value instanceof Split) return tagged(seq(doc, [value.delimiter, value.source]), value.tag, isSimple(value.source));
  if (value instanceof Join) return tagged(seq(doc, [value.delimiter, value.values]), value.tag);
  throw new Error(`no YAML form for ${value.tag}`);
}

function toNode(doc: Doc, value: unknown): Node {
  if (value instanceof Intrinsic) return intrinsicNode(doc, value);
  if (Array.isArray(value)) return seq(doc, value);
  if (value !== null && typeof value === 'object') {
    const map = new YAMLMap(doc.schema);
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined) map.items.push(new Pair(scalar(key), toNode(doc, item)));
    }
    return map;
  }
  return scalar(value);
}

/** The same YAML as templateToYaml, printed entirely by the `yaml` package: the reference the fast writer must match. */
export function templateToYamlByPackage(template: unknown): string {
  const doc = new Document(null, { version: '1.1' }) as Doc;
  doc.contents = toNode(doc, template);
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false, singleQuote: true });
}
