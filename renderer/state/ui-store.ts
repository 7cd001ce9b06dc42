import { create } from 'zustand';
import type { ConnectionOption } from '../../shared/catalog/connection-table';
import type { ExportFormat, ExportTarget } from '../../shared/export/export-template';

export interface ScreenPoint {
  x: number;
  y: number;
}

export type SideTabId = 'inspector' | 'problems' | 'cost' | 'template' | 'document';

/** Transient UI: menus and popups. Never part of the document or its history. */
export interface UiState {
  connectionMenu: { at: ScreenPoint; source: string; target: string; options: ConnectionOption[] } | null;
  refusal: { at: ScreenPoint; reason: string } | null;
  quickAdd: { at: ScreenPoint; flow: { x: number; y: number } } | null;
  contextMenu: { at: ScreenPoint; target: { type: 'node' | 'edge'; id: string } | { type: 'pane'; flow: { x: number; y: number } } } | null;
  renaming: string | null;
  shortcutsOpen: boolean;
  snapToGrid: boolean;
  /** The side panel's open tab. */
  sideTab: SideTabId;
  rulesOpen: boolean;
  /** Rule the rules reference scrolls to when it opens. */
  rulesFocus: string | null;
  /** What the template panel shows, and what Export Template writes. */
  templateTarget: ExportTarget;
  templateFormat: ExportFormat;
  /** Cost panel: subtract Lambda's monthly free tier; multiply all stated traffic (what-if). */
  costFreeTier: boolean;
  costScale: number;
  set: (patch: Partial<Omit<UiState, 'set' | 'closeMenus'>>) => void;
  closeMenus: () => void;
}

export const useUi = create<UiState>()((set) => ({
  connectionMenu: null,
  refusal: null,
  quickAdd: null,
  contextMenu: null,
  renaming: null,
  shortcutsOpen: false,
  snapToGrid: true,
  sideTab: 'inspector',
  rulesOpen: false,
  rulesFocus: null,
  templateTarget: 'sam',
  templateFormat: 'yaml',
  costFreeTier: true,
  costScale: 1,
  set: (patch) => set(patch),
  closeMenus: () => set({ connectionMenu: null, quickAdd: null, contextMenu: null }),
}));
