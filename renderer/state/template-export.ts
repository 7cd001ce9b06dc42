import { analyzeExport, renderTemplate } from '../../shared/export/export-template';
import { currentHost } from '../host/current-host';
import { useDesigner } from './store';
import { useUi } from './ui-store';

function slug(name: string): string {
  return name.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'template';
}

/** The template the template panel shows (its target and format), as text. */
export function currentTemplateText(): string {
  const { templateTarget, templateFormat } = useUi.getState();
  const analysis = analyzeExport(useDesigner.getState().design, templateTarget);
  return renderTemplate(analysis.template, templateFormat, analysis.verbatim);
}

/** Saves the template of the design (SAM or CloudFormation, YAML or JSON) where the user chooses; true once written. */
export async function exportTemplate(text = currentTemplateText()): Promise<boolean> {
  const { templateTarget: target, templateFormat: format } = useUi.getState();
  const extension = format === 'yaml' ? '.yaml' : '.json';
  const type = format === 'yaml' ? 'application/yaml' : 'application/json';
  const name = `${slug(useDesigner.getState().design.name)}.${target}${extension}`;
  return currentHost().exportFile(new Blob([text], { type }), name, `${target === 'sam' ? 'SAM' : 'CloudFormation'} template`, extension);
}
