import { create } from 'zustand';
import type { ConnectionOption } from '../../shared/catalog/connection-table';

export interface ScreenPoint {
  x: number;
  y: number;
}

/** Transient UI: menus and popups. Never part of the document or its history. */
export interface UiState {
  connectionMenu: { at: ScreenPoint; source: string; target: string; options: ConnectionOption[] } | null;
  refusal: { at: ScreenPoint; reason: string } | null;
  quickAdd: { at: ScreenPoint; flow: { x: number; y: number } } | null;
  contextMenu: { at: ScreenPoint; target: { type: 'node' | 'edge'; id: string } | { type: 'pane'; flow: { x: number; y: number } } } | null;
  renaming: string | null;
  shortcutsOpen: boolean;
  snapToGrid: boolean;
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
  set: (patch) => set(patch),
  closeMenus: () => set({ connectionMenu: null, quickAdd: null, contextMenu: null }),
}));
