import type { Design } from '../model/design';
import { buildTemplate } from './build-template';
import { configEdit } from './config-edit';
import { DesignNeighbours } from './design-part';
import { analysisOf, type ExportAnalysis } from './export-template';
import { type ExportedDesign, exportEditedPart } from './partial-export';
import { ReusingPrinter, type ResourcesEdit } from './reusing-printer';
import { spliceVerbatim } from './splice-verbatim';
import type { ExportFormat, ExportTarget } from './template-types';

/** How an analysis was made: the previous one given again, a part of the design exported, or all of it. */
export type ExportPath = 'unchanged' | 'partial' | 'full';

export interface IncrementalExport {
  /** What analyzeExport gives for the design (deep-equal), reusing the export of the previous design. */
  analyze(design: Design): ExportAnalysis;
  /** What renderTemplate gives for an analysis (byte for byte), reusing the text of what did not change. */
  render(analysis: ExportAnalysis, format?: ExportFormat): string;
  /** What exportTemplate gives for the design (byte for byte). */
  text(design: Design, format?: ExportFormat): string;
  /** How the last analysis was made (tests make sure the partial path is taken). */
  readonly lastPath: ExportPath | undefined;
}

/**
 * An exporter for one target that follows a design through its edits. An edit of settings exports
 * only the part of the design around what it changed (partial-export); an edit of where things are
 * drawn gives the previous analysis again; any other edit, and any edit of settings of a design
 * imported from a template, is exported in full. Printing reuses the text of every resource that did not change.
 */
export function createIncrementalExport(target: ExportTarget): IncrementalExport {
  let last: ExportedDesign | undefined;
  // Built on the first edit of settings after a full export, and kept while edits change only settings.
  let neighbours: DesignNeighbours | undefined;
  let lastPath: ExportPath | undefined;
  const printer = new ReusingPrinter();
  // What each partial analysis changed of the template before it, so that printing looks at that only.
  const edits = new WeakMap<ExportAnalysis, ResourcesEdit>();

  const full = (design: Design): ExportAnalysis => {
    const { template, ctx } = buildTemplate(design, target);
    const analysis = analysisOf(template, ctx);
    last = { design, analysis, nodeIds: ctx.nodeIds };
    neighbours = undefined;
    lastPath = 'full';
    return analysis;
  };

  const analyze = (design: Design): ExportAnalysis => {
    if (last?.design === design) {
      lastPath = 'unchanged';
      return last.analysis;
    }
    const edit = last && configEdit(last.design, design);
    if (!last || !edit) return full(design);
    if (edit.nodes.length === 0 && edit.edges.length === 0) {
      last = { ...last, design };
      lastPath = 'unchanged';
      return last.analysis;
    }
    // What an imported template held back is merged in over the whole design (source-overlay).
    if (design.source) return full(design);
    neighbours ??= new DesignNeighbours(last.design);
    const edited = exportEditedPart(last, design, edit, neighbours, target);
    if (!edited) return full(design);
    const { analysis, changed } = edited;
    if (analysis.template !== last.analysis.template) edits.set(analysis, { base: last.analysis.template.Resources, changed });
    last = { ...last, design, analysis };
    lastPath = 'partial';
    return analysis;
  };

  const render = (analysis: ExportAnalysis, format: ExportFormat = 'yaml'): string => {
    const printed = printer.print(analysis.template, format, edits.get(analysis));
    return format === 'json' ? printed : spliceVerbatim(printed, analysis.verbatim);
  };

  return {
    analyze,
    render,
    text: (design, format) => render(analyze(design), format),
    get lastPath() {
      return lastPath;
    },
  };
}
