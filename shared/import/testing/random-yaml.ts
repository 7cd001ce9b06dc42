/**
 * Random YAML-ish documents for the fast reader's property tests: block maps and lists in every
 * layout templates use, scalars the core schema reads as something else than strings, quoted and
 * block scalars, CloudFormation's tags, flow collections, comments, odd indentation; and mutations
 * of lines (indentation, tabs, stray indicators) so that many documents are almost valid.
 */

type Random = () => number;

/** Scalars as written, many of them read as something other than a string, or not valid at all. */
export const TRICKY_SCALARS: readonly string[] = [
  'yes', 'no', 'on', 'off', 'y', 'n', 'true', 'True', 'TRUE', 'tRUE', 'false', 'False', 'FALSE', 'null', 'Null', 'NULL', 'nULL', '~',
  '0', '-0', '+0', '00', '007', '0o17', '0o8', '0O17', '0x1F', '0X1F', '0x', '0b101', '1_000', '+12', '-12', '12345678901234567890',
  '1e3', '1E3', '1e+3', '-1e-3', '1.5e3', '.5', '-.5', '5.', '1.0', '1.50', '.', '-', '+', '.inf', '-.inf', '+.Inf', '.INF', '.nan', '.NaN', '.NAN', 'nan', 'inf',
  '12:30', '2012-10-17', '2012-10-17T10:00:00Z', '1,000', '$1', '"quoted: #"', "'it''s'", "''", '""', '"a\\"b"', '"tab\\tand\\nnewline"',
  '"\\x41\\u00e9\\U0001F600"', '"\\q"', '"\\x4"', '"\\u12"', '"\\UFFFFFFFF"', '"\\/\\ \\_\\N\\L\\P\\0\\a\\b\\e\\f\\r\\v"', "'unterminated", '"unterminated',
  '"a" b', "'a'#c", '"a" # c', 'a: b', 'a:b', 'a :b', 'a #c', 'a#c', 'a # c', 'http://example.com/x?y=1#z', 'arn:aws:s3:::bucket/*', 's3:GetObject',
  '- x', '-x', '--x', '---', '...', '?x', '? x', ':x', '::1', '[a, b]', '[]', '{}', '{a: 1}', '[a, [b, c], {d: e}]', '{a: [1, 2], "b": c}',
  '[a, b, ]', '[a,, b]', '[a, b', '{a: 1, a: 2}', '[a: 1]', '{a}', '[!Ref A, !GetAtt B.Arn]', '{Ref: X}', '[a #c]', '[1, true, null, ~, .5, 0x1F]',
  '!Ref X', '!Ref 1', '!Ref ""', '!GetAtt A.B.C', '!GetAtt A', '!GetAtt [A, B]', '!Sub "${X}-y"', "!Sub '${X}'", '!If [C, a, b]', '!Unknown x', '!!str 1',
  '!!int 1', '! x', '!Ref', '&a x', '*a', '%x', '@x', '`x', ',x', '|', '>-', '|+', '>2', 'héllo wörld', '日本語', '😀 emoji', 'a\tb', 'trailing   ',
  'a  b', '"a\tb"', "'a\tb'", 'a\u2028b', 'a\u0085b', '"a\u2028b"', 'a\u00a0b', '#', 'a:', 'a: ', '<<', '__proto__', 'constructor', 'toString', 'a "b" c', "a 'b' c", 'a]b', 'a}b', 'a,b', 'a[b', '\\', '"\\\\"',
];

export const TRICKY_KEYS: readonly string[] = [
  'Key', 'Type', 'Properties', 'Resources', 'Fn::If', 'Fn::GetAtt', 'a b', 'a:b', 'a-b', '-a', '1', '0x1F', '1.5', 'true', 'yes', 'null', '~',
  '"quoted"', "'single'", '"with: colon"', '"esc\\tkey"', "'it''s'", '""', 'key ', 'a#b', '__proto__', 'constructor', '<<', '?x', ':x', 'é', '日本',
  '"1"', '"true"', '!Ref k', '&a k', '[a]', '{a: 1}', '? k', '"q" ', "'q'  ", '-1', '.5', '-0', 'Null',
];

const WORDS = ['alpha', 'Beta', 'gamma-1', 'x', 'MyFunction', 'AWS::Region', 'python3.13', 'arn:aws:sqs', 'index.handler', 'a b c', 'd_e', 'v1.2.3', 'Hello, world'];
const TAGS = ['Ref', 'Sub', 'GetAtt', 'If', 'Join', 'Select', 'Split', 'Equals', 'Not', 'Base64', 'FindInMap', 'GetAZs', 'Unknown'];

/** A random document; `tricky` (0 to 1) is how often it picks what is odd or invalid. */
export function randomYaml(rand: Random, tricky = 0.3): string {
  const g = new Generator(rand, tricky);
  const rootIndent = g.chance(0.05) ? 2 : 0;
  let lines = g.map(rootIndent, 0);
  if (g.chance(0.5)) lines = g.sprinkle(lines);
  return g.finish(lines);
}

/** A document with a few of its lines broken: shifted, cut, given stray characters. */
export function mutatedYaml(rand: Random, text: string, mutations: number): string {
  const g = new Generator(rand, 0.3);
  let lines = text.split('\n');
  for (let k = 0; k < mutations; k++) lines = g.mutate(lines);
  return lines.join('\n');
}

class Generator {
  private keys = 0;

  constructor(
    private readonly rand: Random,
    private readonly tricky: number,
  ) {}

  private odd(): boolean {
    return this.rand() < this.tricky;
  }

  chance(p: number): boolean {
    return this.rand() < p;
  }

  int(n: number): number {
    return Math.floor(this.rand() * n);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }

  private scalar(): string {
    const r = this.rand();
    if (this.odd()) return this.pick(TRICKY_SCALARS);
    if (r < 0.75) return this.pick(WORDS);
    if (r < 0.85) return `${this.pick(WORDS)} ${this.pick(TRICKY_SCALARS)}`;
    if (r < 0.92) return `!${this.tag()} ${this.odd() ? this.pick(TRICKY_SCALARS) : this.pick(WORDS)}`;
    return String(this.int(100000) / (this.chance(0.5) ? 1 : 100));
  }

  private key(): string {
    // Mostly new keys; now and then one seen before in the document, or an odd one.
    return this.chance(this.tricky / 4) ? this.pick(TRICKY_KEYS) : `${this.pick(['Key', 'Name', 'Value', 'Prop', 'Fn::Sub'])}${this.chance(this.tricky / 2) ? this.int(3) : this.keys++}`;
  }

  private tag(): string {
    return this.odd() ? this.pick(TAGS) : this.pick(TAGS.slice(0, -1));
  }

  private comment(): string {
    return this.chance(0.5) ? '' : this.pick([' # note', ' #', '  # a: b', ' #\t', '# not a comment', ' # "quoted"']);
  }

  private step(): number {
    return this.chance(0.8) ? 2 : this.pick([1, 3, 4]);
  }

  map(indent: number, depth: number): string[] {
    const lines: string[] = [];
    const n = 1 + this.int(depth === 0 ? 6 : 4);
    // At the top, often a Resources section of maps, as in a template.
    const resources = depth === 0 && this.chance(0.6) ? this.int(n) : -1;
    for (let k = 0; k < n; k++) {
      if (k !== resources) lines.push(...this.entry(indent, this.key(), depth));
      else {
        const step = this.step();
        lines.push(`${' '.repeat(indent)}Resources:${this.comment()}`);
        for (let r = 1 + this.int(3); r > 0; r--) {
          if (this.chance(0.3)) lines.push(`${' '.repeat(this.int(indent + step + 2))}# about the next one`);
          if (this.chance(0.2)) lines.push('');
          lines.push(...this.entry(indent + step, `R${this.keys++}`, 1));
        }
      }
    }
    return lines;
  }

  private entry(indent: number, key: string, depth: number): string[] {
    const head = `${' '.repeat(indent)}${key}:`;
    const r = this.rand();
    const deeper = indent + this.step();
    if (depth >= 4 || r < 0.4) return [`${head} ${this.scalar()}${this.comment()}`];
    if (r < 0.55) return [`${head}${this.comment()}`, ...this.map(deeper, depth + 1)];
    if (r < 0.65) return [`${head}${this.comment()}`, ...this.seq(this.chance(0.4) ? indent : deeper, depth + 1)];
    if (r < 0.72) return [`${head} !${this.tag()}`, ...(this.chance(0.7) ? this.seq(this.chance(0.2) ? indent : deeper, depth + 1) : this.map(deeper, depth + 1))];
    if (r < 0.85) return [`${head} ${this.chance(0.3) ? `!${this.tag()} ` : ''}${this.blockHeader()}`, ...this.blockBody(deeper)];
    if (r < 0.9) {
      // A comment between a key and its value, now and then less indented than the key (the yaml package reads some of these oddly).
      const comment = this.chance(0.3) ? [`${' '.repeat(this.pick([0, indent, Math.max(0, indent - 1), deeper, deeper + 1]))}# above the value`] : [];
      return [head, ...comment, `${' '.repeat(deeper)}${this.scalar()}`];
    }
    if (r < 0.95) return [head];
    return [`${head} ${this.flow(0)}`];
  }

  seq(indent: number, depth: number): string[] {
    const lines: string[] = [];
    const n = 1 + this.int(4);
    const dash = `${' '.repeat(indent)}-`;
    for (let k = 0; k < n; k++) {
      const r = this.rand();
      const gap = this.chance(0.85) ? 1 : this.pick([2, 3]);
      if (r < 0.05) lines.push(`${dash}${this.comment()}`);
      else if (depth >= 4 || r < 0.4) lines.push(`${dash}${' '.repeat(gap)}${this.scalar()}${this.comment()}`);
      else if (r < 0.7) {
        // A map in the entry, its first key on the line of the `-`.
        const inner = this.map(indent + 1 + gap, depth + 1);
        lines.push(`${dash}${' '.repeat(gap)}${(inner[0] as string).trimStart()}`, ...inner.slice(1));
      } else if (r < 0.8) {
        const inner = this.seq(indent + 1 + gap, depth + 1);
        lines.push(`${dash}${' '.repeat(gap)}${(inner[0] as string).trimStart()}`, ...inner.slice(1));
      } else if (r < 0.9) lines.push(`${dash}${this.comment()}`, ...(this.chance(0.5) ? this.map(indent + this.step(), depth + 1) : this.seq(indent + this.step(), depth + 1)));
      else if (r < 0.95) lines.push(`${dash} ${this.chance(0.3) ? `!${this.tag()} ` : ''}${this.blockHeader()}`, ...this.blockBody(indent + this.step()));
      else lines.push(`${dash} ${this.flow(0)}`);
    }
    return lines;
  }

  private flow(depth: number): string {
    const n = this.int(4);
    const items: string[] = [];
    const isMap = this.chance(0.4);
    for (let k = 0; k < n; k++) {
      const value = depth < 2 && this.chance(0.2) ? this.flow(depth + 1) : this.odd() ? this.pick(TRICKY_SCALARS) : this.pick(WORDS).replace(',', '');
      items.push(isMap ? `${this.odd() ? this.pick(TRICKY_KEYS) : `k${k}`}: ${value}` : value);
    }
    const sep = this.pick([', ', ',', ' , ']);
    return isMap ? `{${items.join(sep)}}` : `${this.chance(0.2) ? `!${this.tag()} ` : ''}[${items.join(sep)}]`;
  }

  private blockHeader(): string {
    const odd = this.odd();
    return `${this.pick(['|', '>'])}${this.pick(odd ? ['2', '-1', '+3', '--'] : ['', '-', '+'])}${this.pick(odd ? [' # c', '  ', 'x', '\t'] : ['', ''])}`;
  }

  private blockBody(indent: number): string[] {
    const lines: string[] = [];
    const n = this.odd() && this.chance(0.3) ? 0 : 1 + this.int(5);
    for (let k = 0; k < n; k++) {
      const r = k === 0 && !this.odd() ? 1 : this.rand();
      if (r < 0.15) lines.push(' '.repeat(this.int(this.odd() ? indent + 3 : indent + 1)));
      else if (r < 0.3) lines.push(`${' '.repeat(indent + 1 + this.int(3))}${this.pick(WORDS)}`);
      else if (r < 0.35) lines.push(`${' '.repeat(indent)}${this.odd() ? '\t' : ''}${this.pick(WORDS)}`);
      else if (r < 0.4) lines.push(`${' '.repeat(indent)}# ${this.pick(WORDS)}`);
      else lines.push(`${' '.repeat(indent)}${this.pick(WORDS)}${this.chance(0.1) ? '  ' : ''}`);
    }
    if (this.odd()) lines.push(...Array.from({ length: 1 + this.int(2) }, () => ' '.repeat(this.int(indent + 2))));
    return lines;
  }

  /** Comments and blank lines between the lines. */
  sprinkle(lines: string[]): string[] {
    const out: string[] = [];
    for (const line of lines) {
      if (this.chance(0.1)) out.push(`${' '.repeat(this.int(6))}# ${this.pick(WORDS)}`);
      if (this.chance(0.08)) out.push(' '.repeat(this.int(4)));
      out.push(line);
    }
    return out;
  }

  finish(lines: string[]): string {
    let text = lines.join('\n');
    if (this.chance(0.7)) text += '\n';
    if (this.chance(0.1)) text = `${this.pick(this.odd() ? ['--- # doc', '%YAML 1.2\n---', '--- a: 1'] : ['# header', '---', '', '# a\n\n---'])}\n${text}`;
    if (this.chance(0.1)) text += this.pick(this.odd() ? ['\n---\nb: 1\n', '\n...\n'] : ['\n\n# trailing\n', '\n  \n']);
    if (this.chance(0.1)) text = text.replace(/\n/g, '\r\n');
    if (this.chance(this.tricky / 10)) text = `\ufeff${text}`;
    return text;
  }

  mutate(lines: string[]): string[] {
    const out = [...lines];
    const at = this.int(out.length);
    const line = out[at] ?? '';
    const pos = this.int(line.length + 1);
    const r = this.rand();
    if (r < 0.2) out[at] = this.chance(0.5) ? ` ${line}` : line.replace(/^ /, '');
    else if (r < 0.3) out[at] = line.slice(0, pos) + line.slice(pos + 1);
    else if (r < 0.55) out[at] = line.slice(0, pos) + this.pick([':', ': ', '#', ' #', '-', '- ', "'", '"', '!', '&', '*', '[', ']', '{', '}', '|', '>', ',', '?', '\t', ' ', '\\', '%', '@']) + line.slice(pos);
    else if (r < 0.65) out.splice(at, 0, line);
    else if (r < 0.75) out.splice(at, 1);
    else if (r < 0.85 && at + 1 < out.length) [out[at], out[at + 1]] = [out[at + 1] as string, line];
    else if (r < 0.92) out[at] = line.replace(/: .*/, `: ${this.pick(TRICKY_SCALARS)}`);
    else out[at] = `${line}${this.pick(['\r', ' ', '  # c', ':', ' \t'])}`;
    return out;
  }
}
