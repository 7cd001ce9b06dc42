import type { Design } from '../model/design';
import { FILE_EXTENSION, FORMAT_ID } from '../model/design';
import { loadDesign } from '../model/load-design';
import { type ImportOptions, importTemplate } from './import-template';

export interface InputProblem {
  /** Where: `file:line:column field`, as much of it as is known. */
  where: string;
  message: string;
}

export type DesignOrTemplate =
  | { ok: true; design: Design; from: 'design' | 'template'; warnings: string[] }
  | { ok: false; from: 'design' | 'template'; problems: InputProblem[] };

/** A `.lambda.json` design (or any JSON naming the design format) rather than a template. */
export function looksLikeDesign(fileName: string, text: string): boolean {
  if (fileName.endsWith(FILE_EXTENSION)) return true;
  return text.trimStart().startsWith('{') && text.slice(0, 4096).includes(`"${FORMAT_ID}"`);
}

const at = (file: string, line?: number, column?: number) => `${file}${line !== undefined ? `:${line}${column !== undefined ? `:${column}` : ''}` : ''}`;

/**
 * Reads a design file, or a SAM or CloudFormation template through the importer (node ids are then
 * the template's logical ids). Problems name the file and, where known, the line and the field.
 */
export function readDesignOrTemplate(text: string, fileName: string, options: ImportOptions = {}): DesignOrTemplate {
  if (looksLikeDesign(fileName, text)) {
    const loaded = loadDesign(text);
    if (loaded.ok) return { ok: true, design: loaded.design, from: 'design', warnings: [] };
    return { ok: false, from: 'design', problems: loaded.problems.map((p) => ({ where: `${at(fileName, p.line, p.column)} ${p.path}`, message: p.message })) };
  }
  const imported = importTemplate(text, fileName, options);
  if (imported.ok) return { ok: true, design: imported.design, from: 'template', warnings: imported.warnings };
  return { ok: false, from: 'template', problems: imported.problems.map((p) => ({ where: `${at(fileName, p.line, p.column)}${p.path ? ` ${p.path}` : ''}`, message: p.message })) };
}
