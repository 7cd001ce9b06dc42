import type { Design } from '../model/design';
import { renderedAsImported } from './as-imported';
import type { ExportContext } from './context';
import { renderDesign } from './render-design';
import { applySource } from './source-overlay';
import type { CfnTemplate, ExportTarget } from './template-types';

/** Builds the template of a design for one target, with the record of which design part made what. */
export function buildTemplate(design: Design, target: ExportTarget): { template: CfnTemplate; ctx: ExportContext } {
  const { template, ctx } = renderDesign(design, target);
  const source = design.source;
  return { template: source ? applySource(template, ctx, () => renderedAsImported(source, target)) : template, ctx };
}
