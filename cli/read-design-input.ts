import type { Design } from '../shared/model/design';
import { readDesignOrTemplate } from '../shared/import/read-design-or-template';
import type { CliIo } from './command';

export type DesignInput =
  | { ok: true; design: Design; from: 'design' | 'template'; warnings: string[] }
  | { ok: false; reason: string };

/**
 * Reads a design file or a SAM/CloudFormation template (imported read-only: the commands only read
 * the design); every failure is a reason naming the file, line and field.
 */
export async function readDesignInput(file: string, io: CliIo): Promise<DesignInput> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    return { ok: false, reason: `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}` };
  }
  const result = readDesignOrTemplate(text, file, { readOnly: true });
  if (result.ok) return result;
  const what = result.from === 'design' ? 'a design this version can read' : 'a template this tool can read';
  return { ok: false, reason: `${file} is not ${what}:\n${result.problems.map((p) => `  ${p.where}: ${p.message}`).join('\n')}` };
}
