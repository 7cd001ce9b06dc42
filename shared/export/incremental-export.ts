import type { Design } from '../model/design';
import { buildTemplate } from './build-template';
import { designEdit, readsNothingNew } from './design-edit';
import { DesignGraph } from './design-graph';
import { analysisOf, type ExportAnalysis } from './export-template';
import { type ExportedDesign, exportedDesign } from './exported-design';
import { NodeIdsAlongEdits } from './node-ids-along-edits';
import { exportEditedPart } from './partial-export';
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

/** What follows the design from one edit to the next: the last export, and the design's graph and node ids, built on the first edit after a full export. */
interface Followed {
  exported: ExportedDesign;
  graph?: DesignGraph;
  nodeIds?: NodeIdsAlongEdits;
}

/**
 * An exporter for one target that follows a design through its edits. An edit of settings, names,
 * connections, nodes or containers exports only the part of the design around what it changed
 * (partial-export) when the part shows that is enough; an edit of where things are drawn gives the
 * previous analysis again; any other edit, and any edit of a design imported from a template, is
 * exported in full. Printing reuses the text of every resource that did not change.
 */
export function createIncrementalExport(target: ExportTarget): IncrementalExport {
  let last: Followed | undefined;
  let lastPath: ExportPath | undefined;
  const printer = new ReusingPrinter();
  // What each partial analysis changed of the template before it, so that printing looks at that only.
  const edits = new WeakMap<ExportAnalysis, ResourcesEdit>();

  const full = (design: Design, kept?: Pick<Followed, 'graph' | 'nodeIds'>): ExportAnalysis => {
    const { template, ctx } = buildTemplate(design, target);
    const analysis = analysisOf(template, ctx);
    last = { exported: exportedDesign(design, analysis, ctx), ...kept };
    lastPath = 'full';
    return analysis;
  };

  const analyze = (design: Design): ExportAnalysis => {
    if (last?.exported.design === design) {
      lastPath = 'unchanged';
      return last.exported.analysis;
    }
    if (!last) return full(design);
    const previous = last.exported;
    const graph = (last.graph ??= new DesignGraph(previous.design));
    const edit = graph.irregular ? undefined : designEdit(previous.design, graph, design);
    if (!edit) return full(design);
    if (readsNothingNew(edit)) {
      graph.apply(edit);
      last = { ...last, exported: { ...previous, design } };
      lastPath = 'unchanged';
      return previous.analysis;
    }
    if (design.source) {
      // What an imported template held back is merged in over the whole design (source-overlay).
      graph.apply(edit);
      return full(design, { graph });
    }
    const nodeIds = (last.nodeIds ??= new NodeIdsAlongEdits(previous.nodeIds));
    const ids = nodeIds.follow(edit, previous.design, design);
    const edited = exportEditedPart(previous, design, edit, graph, ids, target);
    // The graph and the node ids follow the design whichever way it is exported.
    graph.apply(edit);
    if (!edited) return full(design, { graph, nodeIds });
    const { exported, resources } = edited;
    const before = previous.analysis.template;
    if (exported.analysis.template !== before) edits.set(exported.analysis, { base: before.Resources, ...resources });
    last = { exported, graph, nodeIds };
    lastPath = 'partial';
    return exported.analysis;
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
