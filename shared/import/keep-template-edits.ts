import { nodeFingerprints } from '../export/source-fingerprint';
import { sameValue } from '../export/template-values';
import type { Design } from '../model/design';
import { LINE_BREAK } from './resource-texts';


/** Whether an edit of the text to this logical id can be kept as typed: the imported template's own resource, still drawn. */
export function keepsTemplateEdits(design: Design, logicalId: string): boolean {
  return design.source?.resources[logicalId] !== undefined && design.nodes.some((n) => n.id === logicalId);
}

/**
 * For a design imported from a template, edited in its template text: the resources and sections
 * the text changed become the design's record of the template, as typed (names, tags, comments,
 * outputs the design does not model included), and their components are taken as untouched since,
 * so export writes them back as typed. `exported` and `edited` are the text before and after the
 * edit, as the importer reads them; `design` has the edit's settings and connections applied.
 */
export function keepTemplateEdits(design: Design, exported: Design, edited: Design): Design {
  const source = design.source;
  if (!source || !edited.source) return design;
  const before = exported.source?.resources ?? {};
  const after = edited.source.resources;
  const changed = Object.keys(after).filter((id) => keepsTemplateEdits(design, id) && (!sameValue(before[id]?.resource, after[id]?.resource) || before[id]?.text !== after[id]?.text));
  let resources = source.resources;
  if (changed.length > 0) {
    const fingerprints = nodeFingerprints(design);
    resources = { ...source.resources };
    for (const id of changed) {
      const typed = after[id];
      if (!typed) continue;
      resources[id] = { ...resources[id], resource: typed.resource, fingerprint: fingerprints.get(id), ...(typed.text !== undefined ? { text: typed.text } : {}) };
    }
  }
  const sectionsChanged = !sameValue(exported.source?.sections, edited.source.sections) || !sameValue(exported.source?.sectionTexts, edited.source.sectionTexts);
  if (changed.length === 0 && !sectionsChanged) return design;
  // The editor's text has plain line breaks; the file keeps those it had.
  const lineBreak = source.sectionTexts?.[LINE_BREAK];
  const sections = sectionsChanged
    ? {
        sections: edited.source.sections,
        sectionTexts: { ...edited.source.sectionTexts, ...(lineBreak !== undefined ? { [LINE_BREAK]: lineBreak } : {}) },
        ...(edited.source.sectionOrder ? { sectionOrder: edited.source.sectionOrder } : {}),
      }
    : {};
  return { ...design, source: { ...source, resources, ...sections } };
}
