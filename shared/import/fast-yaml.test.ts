import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportTemplate } from '../export/export-template';
import { generateDesign } from '../model/generate-design';
import { loadDesign } from '../model/load-design';
import { readFastYaml, whyDeclined } from './fast-yaml';
import { parseYamlFast, parseYamlPackage } from './parse-template';
import { declineSummary, readsAsYamlPackage } from './testing/fast-yaml-contract';

/** The fast reader against the yaml package, on real, generated and exported templates, and on cases one by one. */
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = join(root, '..', 'shared', 'corpus');
const corpusAvailable = existsSync(corpus);
if (!corpusAvailable) console.log(`fast reader: corpus tests skipped, no corpus at ${corpus}`);

describe.skipIf(!corpusAvailable)('the fast reader on the corpus', () => {
  const files = corpusAvailable ? readdirSync(corpus).filter((f) => f.endsWith('.yaml')).sort() : [];
  const texts = new Map(files.map((f) => [f, readFileSync(join(corpus, f), 'utf8')]));

  it.each(files)('%s: declined, or read as the yaml package reads it', (file) => {
    readsAsYamlPackage(texts.get(file) as string);
  });

  it('reads most of the corpus', () => {
    const read = files.filter((f) => readFastYaml(texts.get(f) as string) !== undefined).length;
    console.log(`fast reader: read ${read} of ${files.length} corpus templates; declined: ${declineSummary([...texts.values()])}`);
    // 222 of 235 when written; the rest have multi-line flow collections, repeated keys, a multi-line quoted scalar.
    expect(read / files.length).toBeGreaterThan(0.9);
  });
});

describe('the fast reader on exported templates', () => {
  const targets = ['sam', 'cfn'] as const;

  it.each([
    [12, 1],
    [60, 2],
    [250, 3],
    [500, 7],
  ])('generated designs of %i nodes (seed %i), SAM and CloudFormation: read, as the yaml package reads them', (nodes, seed) => {
    const design = generateDesign(nodes, seed);
    for (const target of targets) {
      const text = exportTemplate(design, { target });
      expect(whyDeclined(text), target).toBeUndefined();
      expect(readsAsYamlPackage(text)).toBe(true);
    }
  });

  const starters = readdirSync(join(root, 'templates')).filter((f) => f.endsWith('.lambda.json')).sort();
  it.each(starters)('starter design %s, SAM and CloudFormation: read, as the yaml package reads them', (file) => {
    const loaded = loadDesign(readFileSync(join(root, 'templates', file), 'utf8'));
    if (!loaded.ok) throw new Error(`${file} does not load`);
    for (const target of targets) {
      const text = exportTemplate(loaded.design, { target });
      expect(whyDeclined(text), target).toBeUndefined();
      expect(readsAsYamlPackage(text)).toBe(true);
    }
  });
});

/** A one-key document around a value written as is. */
const doc = (value: string) => `Resources:\n  A:\n    Type: X\n    Value: ${value}\n`;
/** The resource A of a template the fast reader reads. */
function resourceA(text: string): Record<string, unknown> {
  const result = parseYamlFast(text);
  if (!result?.ok) throw new Error('not read');
  return (result.template as { Resources: { A: Record<string, unknown> } }).Resources.A;
}
const valueOf = (text: string) => resourceA(text).Value;

describe('the fast reader, case by case', () => {
  it.each([
    ['true', true], ['True', true], ['FALSE', false], ['yes', 'yes'], ['no', 'no'], ['on', 'on'], ['~', null], ['null', null], ['NULL', null],
    ['0x1F', 31], ['0o17', 15], ['017', 17], ['1e3', 1000], ['.5', 0.5], ['-0', -0], ['+12', 12], ['1.50', 1.5], ['-.inf', -Infinity], ['.NaN', NaN],
    ['12345678901234567890', 12345678901234567000], ['1_000', '1_000'], ['12:30', '12:30'], ['2012-10-17', '2012-10-17'],
    ['"quoted: #"', 'quoted: #'], ["'it''s'", "it's"], ['"\\x41\\u00e9\\t\\U0001F600"', 'Aé\t😀'], ['a #c', 'a'], ['a#c', 'a#c'], ['trailing   ', 'trailing'],
    ['key:value', 'key:value'], ['-x', '-x'], [':x', ':x'], ['!Ref 1', { Ref: '1' }], ['!GetAtt A.B.C', { 'Fn::GetAtt': ['A', 'B.C'] }],
    ['!GetAtt A', { 'Fn::GetAtt': ['A'] }], ['!GetAtt [A, B.C]', { 'Fn::GetAtt': ['A', 'B.C'] }], ["!Sub '${X}'", { 'Fn::Sub': '${X}' }],
    ['[a, 1, true, ~, "b, c"]', ['a', 1, true, null, 'b, c']], ['{a: 1, "b": [c]}', { a: 1, b: ['c'] }], ['[!Ref A, !GetAtt B.Arn]', [{ Ref: 'A' }, { 'Fn::GetAtt': ['B', 'Arn'] }]],
    ['!If [C, {a: 1}, !Ref AWS::NoValue]', { 'Fn::If': ['C', { a: 1 }, { Ref: 'AWS::NoValue' }] }], ['日本語 😀', '日本語 😀'],
  ] as Array<[string, unknown]>)('reads `%s` as the yaml package does', (written, expected) => {
    expect(readsAsYamlPackage(doc(written))).toBe(true);
    expect(valueOf(doc(written))).toStrictEqual(expected);
  });

  it.each([
    ['|\n      a\n       b\n\n      c\n\n', 'a\n b\n\nc\n'],
    ['|-\n      a\n      b\n', 'a\nb'],
    ['|+\n      a\n\n\n', 'a\n\n\n\n'],
    ['>\n      a\n      b\n\n      c\n        d\n      e\n', 'a b\nc\n  d\ne\n'],
    ['>-\n      a\n      b\n', 'a b'],
    ['!Sub |\n      ${A}\n      # not a comment\n    # a comment\n', { 'Fn::Sub': '${A}\n# not a comment\n' }],
  ])('reads the block scalar %j as the yaml package does', (written, expected) => {
    expect(readsAsYamlPackage(doc(written))).toBe(true);
    expect(valueOf(doc(written))).toStrictEqual(expected);
  });

  it('reads lists in every layout, tagged collections and keys that are not strings below the top', () => {
    const text = [
      'Resources:', '  A:', '    Type: X', '    List:', '    - a', '    -   b: 1', '        c: 2', '    - - d', '      - e', '    -', '    - !Join', '      - ""', '      - - x',
      '    Cond: !If', '    - C', '    - 1', '    Map: !FindInMap', '      - M', '      - K', '    Numbers:', '      1: one', '      true: yes', '      null: none', '      0x10: hex',
      '    "quoted key" : q', '    Next:', '      !Ref X', '',
    ].join('\n');
    expect(readsAsYamlPackage(text)).toBe(true);
    const a = resourceA(text);
    expect(a.List).toEqual(['a', { b: 1, c: 2 }, ['d', 'e'], null, { 'Fn::Join': ['', ['x']] }]);
    expect(a.Numbers).toEqual({ 1: 'one', true: 'yes', '': 'none', 16: 'hex' });
    expect(a.Next).toEqual({ Ref: 'X' });
  });

  it('cuts resource and section texts as the yaml package path does: comments, blank lines, CRLF, a document start', () => {
    const text = '# header\n---\nAWSTemplateFormatVersion: "2010-09-09"\n\n# about Resources\nResources: # all of them\n  # the first\n  A:\n    Type: X # a type\n\n  B:\n    Type: Y\n# end\nOutputs:\n  O:\n    Value: !Ref A\n';
    for (const written of [text, text.replace(/\n/g, '\r\n')]) {
      expect(readsAsYamlPackage(written)).toBe(true);
      const result = parseYamlFast(written) as { resourceTexts: Record<string, string>; sectionTexts: Record<string, string> };
      expect(Object.keys(result.resourceTexts)).toEqual(['A', 'B']);
      expect(result.sectionTexts['(header)']).toBe('# header\n---');
    }
  });

  it.each([
    ['an anchor and an alias', 'a: &x 1\nb: *x\n'],
    ['another tag', 'a: !!str 1\n'],
    ['an unknown tag', 'a: !Foo 1\n'],
    ['a repeated key (the yaml package warns)', 'a: 1\na: 2\n'],
    ['a multi-line plain scalar', 'a: one\n  two\n'],
    ['a multi-line quoted scalar', 'a: "one\n  two"\n'],
    ['a multi-line flow list', 'a: [1,\n  2]\n'],
    ['a tab in indentation', 'a:\n\tb: 1\n'],
    ['a byte order mark', '\ufeffa: 1\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['a complex key', '? a\n: 1\n'],
    ['a key at the top that is not a string', '1: a\n'],
    ['a __proto__ key', 'a:\n  __proto__: 1\n'],
    ['an explicit indentation indicator', 'a: |2\n   x\n'],
    ['a list that is not a map', '- a\n'],
    ['a scalar document', 'just text\n'],
    ['an error: a map after a key on its line', 'a: b: c\n'],
    ['an error: a line indented more than its map', 'a: 1\n  b: 2\n'],
    ['an error: an unclosed quote', 'a: "b\n'],
  ])('declines %s', (_what, text) => {
    expect(whyDeclined(text)).toBeDefined();
    expect(parseYamlFast(text)).toBeUndefined();
    // The yaml package reads it (or reports its problems) as before.
    expect(parseYamlPackage(text)).toBeDefined();
  });

  it.each([
    ['a:\n#c\n  1\nb: 2\n', 'an error: "Implicit keys need to be on a single line"'],
    ['a:\n- \n#c\n  1\n- 2\n', '{ a: ["1 - 2"] }'],
    ['x:\n  a:\n #c\n    1\n  b: 2\n', 'an error'],
    ['x:\n- a:\n  #c\n    1\n  b: 2\n', 'an error'],
  ])('declines a plain scalar on a line of its own below a comment: the yaml package reads %j as %s', (text) => {
    expect(whyDeclined(text)).toMatch(/plain scalar below a comment/);
    readsAsYamlPackage(text);
  });

  it('declines, without running out of stack, nesting deeper than any template', () => {
    const deep = `a: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    expect(whyDeclined(deep)).toBe('nested too deep');
    const deepBlock = Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}k:`).join('\n');
    expect(whyDeclined(deepBlock)).toBe('nested too deep');
  });

  it('declines a key longer than the yaml package takes', () => {
    expect(whyDeclined(`a:\n  ${'k'.repeat(1025)}: 1\n`)).toBe('key too long');
    expect(readsAsYamlPackage(`a:\n  ${'k'.repeat(1024)}: 1\n`)).toBe(true);
  });
});
