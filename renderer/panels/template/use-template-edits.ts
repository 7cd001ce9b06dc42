import { useEffect, useRef, useState } from 'react';
import type { ExportFormat, ExportTarget } from '../../../shared/export/export-template';
import { applyTemplateEdit } from '../../../shared/import/apply-template-edit';
import type { Design } from '../../../shared/model/design';
import { revealNodes } from '../../canvas/reveal-nodes';
import { useDesigner } from '../../state/store';
import type { EditorMarker } from './TemplateEditor';

const APPLY_AFTER_MS = 700;

export interface TemplateEdits {
  /** What the editor shows: the user's text while they edit it, else the export. */
  shown: string;
  markers: EditorMarker[];
  notes: string[];
  onEdit: (text: string) => void;
  onBlur: () => void;
}

/**
 * The two-way template panel: the user's text is applied to the design a moment after typing stops
 * (one undo step per pause); text that does not read leaves the design as it was and marks the lines.
 * The user's text stays on screen until they leave the editor or the design changes elsewhere.
 */
export function useTemplateEdits(exported: string, design: Design, target: ExportTarget, format: ExportFormat): TemplateEdits {
  const [draft, setDraft] = useState<string | null>(null);
  const [markers, setMarkers] = useState<EditorMarker[]>([]);
  const [notes, setNotes] = useState<string[]>([]);
  const timer = useRef<number | undefined>(undefined);
  /** The design the draft was last applied to or produced. */
  const ours = useRef<Design | null>(null);

  /** Applies the text to the design; false when it does not read (the design is left as it was). */
  const apply = (text: string): boolean => {
    const current = useDesigner.getState().design;
    const result = applyTemplateEdit(current, text, target, format);
    if (!result.ok) {
      setMarkers(result.problems.map((p) => ({ line: p.line ?? 1, column: p.column ?? 1, message: `${p.path ? `${p.path}: ` : ''}${p.message}` })));
      ours.current = current;
      return false;
    }
    setMarkers([]);
    setNotes(result.notes);
    if (result.design !== current) {
      useDesigner.getState().change(() => result.design);
      const before = new Set(current.nodes.map((n) => n.id));
      revealNodes(result.design, result.design.nodes.filter((n) => !before.has(n.id)).map((n) => n.id));
    }
    ours.current = useDesigner.getState().design;
    return true;
  };

  // Another change (the canvas, undo, the inspector) replaces the draft with the export.
  useEffect(() => {
    if (draft !== null && ours.current !== null && design !== ours.current) {
      window.clearTimeout(timer.current);
      setDraft(null);
      setMarkers([]);
      ours.current = null;
    }
  }, [design, draft]);

  useEffect(() => {
    window.clearTimeout(timer.current);
    setDraft(null);
    setMarkers([]);
    setNotes([]);
  }, [target, format]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  return {
    shown: draft ?? exported,
    markers,
    notes,
    onEdit: (text) => {
      if (ours.current === null) ours.current = useDesigner.getState().design;
      setDraft(text);
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => apply(text), APPLY_AFTER_MS);
    },
    onBlur: () => {
      if (draft === null) return;
      window.clearTimeout(timer.current);
      // Text that does not read stays on screen, with its markers, for the user to fix.
      if (apply(draft)) {
        setDraft(null);
        ours.current = null;
      }
    },
  };
}
