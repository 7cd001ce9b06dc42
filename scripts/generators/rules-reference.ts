import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../shared/rules/registry';
import { rulesReferenceMarkdown } from '../../shared/rules/reference-markdown';

/** docs/rules.md, the rules reference, from the rules' metadata. */
export function generate(root: string): string[] {
  const file = join(root, 'docs', 'rules.md');
  writeFileSync(file, rulesReferenceMarkdown(RULES));
  return [file];
}
