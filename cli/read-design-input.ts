import { importTemplate } from '../shared/import/import-template';
import type { Design } from '../shared/model/design';
import { FORMAT_ID } from '../shared/model/design';
import { loadDesign } from '../shared/model/load-design';
import type { CliIo } from './command';

export type DesignInput =
  | { ok: true; design: Design; from: 'design' | 'template'; warnings: string[] }
  | { ok: false; reason: string };

/** A `.lambda.json` design file (or any JSON naming the design format) rather than a template. */
function looksLikeDesign(file: string, text: string): boolean {
  if (file.endsWith('.lambda.json')) return true;
  return text.trimStart().startsWith('{') && text.includes(`"${FORMAT_ID}"`);
}

/**
 * Reads a design file, or a SAM/CloudFormation template through the importer (its node ids are then the
 * template's logical ids). Every failure is a reason naming the file and, where known, line and field.
 */
export async function readDesignInput(file: string, io: CliIo): Promise<DesignInput> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    return { ok: false, reason: `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (looksLikeDesign(file, text)) {
    const loaded = loadDesign(text);
    if (loaded.ok) return { ok: true, design: loaded.design, from: 'design', warnings: [] };
    const lines = loaded.problems.map((p) => `  ${file}${p.line !== undefined ? `:${p.line}:${p.column ?? 1}` : ''} ${p.path}: ${p.message}`);
    return { ok: false, reason: `${file} is not a design this version can read:\n${lines.join('\n')}` };
  }
  const imported = importTemplate(text, file);
  if (imported.ok) return { ok: true, design: imported.design, from: 'template', warnings: imported.warnings };
  const lines = imported.problems.map((p) => `  ${file}${p.line !== undefined ? `:${p.line}${p.column !== undefined ? `:${p.column}` : ''}` : ''}${p.path ? ` ${p.path}` : ''}: ${p.message}`);
  return { ok: false, reason: `${file} is neither a design nor a template this tool can read:\n${lines.join('\n')}` };
}
