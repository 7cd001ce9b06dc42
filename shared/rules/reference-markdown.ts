import type { RuleDefinition } from './define-rule';
import { RULE_AREAS } from './rule-areas';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The rules reference (docs/rules.md): every limit and practice the app checks, from the rules' own metadata. */
export function rulesReferenceMarkdown(rules: readonly RuleDefinition[]): string {
  const out = [
    '# Lambda Designer rules',
    '',
    '<!-- Generated from the rules\' metadata by `npm run test:update`; a test fails when it is stale. Do not edit. -->',
    '',
    `${rules.length} rules. Severity: **error** fails \`lambda-designer validate\` (exit 1); **warning** and **info** do not.`,
    'Seed notes are the files in `../shared/seeds/` the limit or practice comes from.',
    '',
  ];
  const known = new Set(RULE_AREAS.map((a) => a.prefix));
  const others = [...new Set(rules.map((r) => r.id.slice(0, 3)))].filter((p) => !known.has(p)).map((prefix) => ({ prefix, label: prefix }));
  for (const { prefix, label } of [...RULE_AREAS, ...others]) {
    const inArea = rules.filter((r) => r.id.startsWith(prefix));
    if (inArea.length === 0) continue;
    out.push(`## ${label}`, '', '| Id | Severity | Rule | Limit or practice | Why | Source |', '| --- | --- | --- | --- | --- | --- |');
    for (const r of inArea) out.push(`| ${r.id} | ${r.severity} | ${cell(r.title)} | ${cell(r.limit)} | ${cell(r.why)} | [AWS docs](${r.docsUrl}), seed ${r.seed} |`);
    out.push('');
  }
  return out.join('\n');
}
