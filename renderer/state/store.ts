import { create } from 'zustand';
import type { Design } from '../../shared/model/design';
import { emptyDesign } from '../../shared/model/new-design';

const HISTORY_LIMIT = 200;

export interface DocumentInfo {
  /** Shown in the title bar and the header. */
  name: string;
  /** Where it was opened from or saved to, when the host knows. */
  path: string | null;
  dirty: boolean;
}

export interface Selection {
  nodes: string[];
  edges: string[];
}

export interface DesignerState {
  design: Design;
  document: DocumentInfo;
  selection: Selection;
  past: Design[];
  future: Design[];
  /** The design as it was when the current gesture (a drag) began; committed as one undo step at its end. */
  gestureStart: Design | null;
  /** Counts documents opened, so the canvas fits each new one into view once. */
  openCount: number;
  openDesign: (design: Design, document: Omit<DocumentInfo, 'dirty'>) => void;
  /** One recorded edit: undoable, clears redo. */
  change: (edit: (design: Design) => Design) => void;
  /** A live, unrecorded step of a gesture; `endGesture` records the whole gesture once. */
  preview: (edit: (design: Design) => Design) => void;
  endGesture: () => void;
  undo: () => void;
  redo: () => void;
  select: (selection: Selection) => void;
  markSaved: (document: Omit<DocumentInfo, 'dirty'>) => void;
}

function pushPast(past: Design[], design: Design): Design[] {
  const next = [...past, design];
  return next.length > HISTORY_LIMIT ? next.slice(next.length - HISTORY_LIMIT) : next;
}

export const useDesigner = create<DesignerState>()((set, get) => ({
  design: emptyDesign(),
  document: { name: 'Untitled design', path: null, dirty: false },
  selection: { nodes: [], edges: [] },
  past: [],
  future: [],
  gestureStart: null,
  openCount: 0,

  openDesign: (design, document) =>
    set((s) => ({
      design,
      document: { ...document, dirty: false },
      selection: { nodes: [], edges: [] },
      past: [],
      future: [],
      gestureStart: null,
      openCount: s.openCount + 1,
    })),

  change: (edit) => {
    const { design, past, document } = get();
    const next = edit(design);
    if (next === design) return;
    set({ design: next, past: pushPast(past, design), future: [], document: { ...document, dirty: true } });
  },

  preview: (edit) => {
    const { design, gestureStart } = get();
    const next = edit(design);
    if (next === design) return;
    set({ design: next, gestureStart: gestureStart ?? design });
  },

  endGesture: () => {
    const { gestureStart, design, past, document } = get();
    if (!gestureStart) return;
    if (gestureStart === design) return set({ gestureStart: null });
    set({ gestureStart: null, past: pushPast(past, gestureStart), future: [], document: { ...document, dirty: true } });
  },

  undo: () => {
    const { past, design, future, document } = get();
    const previous = past.at(-1);
    if (!previous) return;
    set({ design: previous, past: past.slice(0, -1), future: [design, ...future], document: { ...document, dirty: true } });
  },

  redo: () => {
    const { past, design, future, document } = get();
    const next = future[0];
    if (!next) return;
    set({ design: next, past: pushPast(past, design), future: future.slice(1), document: { ...document, dirty: true } });
  },

  // Selection is UI state: it never touches history, so a click never clears redo.
  select: (selection) => set({ selection }),

  markSaved: (document) => set({ document: { ...document, dirty: false } }),
}));
