import type { ExportAnalysis, ExportFormat, ExportTarget } from '../../../shared/export/export-template';
import { createIncrementalExport, type IncrementalExport } from '../../../shared/export/incremental-export';
import type { Design } from '../../../shared/model/design';

/**
 * One exporter per target, following the design through its edits: an edit of settings exports only
 * the part of the design it touched, a move or a resize gives the previous analysis (the same object)
 * again, and the text of what did not change is not printed again.
 */
const exporters: Record<ExportTarget, IncrementalExport> = { sam: createIncrementalExport('sam'), cfn: createIncrementalExport('cfn') };

/** The export the template panel shows. */
export function templateAnalysis(design: Design, target: ExportTarget): ExportAnalysis {
  return exporters[target].analyze(design);
}

/** The text of an analysis that templateAnalysis gave for the same target. */
export function templateText(analysis: ExportAnalysis, target: ExportTarget, format: ExportFormat): string {
  return exporters[target].render(analysis, format);
}
