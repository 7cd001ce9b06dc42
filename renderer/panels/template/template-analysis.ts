import { analyzeExport } from '../../../shared/export/export-template';
import { ignoringLayout } from '../../../shared/model/layout-only';

/** The export the template panel shows, built again only when the design changed in more than its layout. */
export const templateAnalysis = ignoringLayout(analyzeExport);
