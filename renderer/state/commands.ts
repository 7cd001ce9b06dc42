import { flowInstance } from '../canvas/flow-instance';
import {
  autoLayout,
  copySelection,
  deleteSelection,
  duplicateSelection,
  nudgeSelection,
  pasteClipboard,
  selectAll,
} from './actions';
import { newDocument, openDocument, saveDocument } from './document-actions';
import { useDesigner } from './store';
import { useUi } from './ui-store';

export interface Command {
  id: string;
  label: string;
  /** Shown in menus and the shortcut overlay. */
  keys: string[];
  /** Whether a key press runs this command. */
  matches: (e: KeyboardEvent) => boolean;
  run: () => void;
  /** Shown in the canvas and node context menus. */
  contexts?: Array<'node' | 'edge' | 'pane'>;
}

const mod = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;
const key = (e: KeyboardEvent, k: string) => e.key.toLowerCase() === k;
const GRID = 16;

function nudge(dx: number, dy: number) {
  return () => nudgeSelection(dx, dy);
}

export const COMMANDS: readonly Command[] = [
  { id: 'file.new', label: 'New design', keys: ['Ctrl+Alt+N'], matches: (e) => mod(e) && e.altKey && key(e, 'n'), run: () => void newDocument() },
  { id: 'file.open', label: 'Open…', keys: ['Ctrl+O'], matches: (e) => mod(e) && !e.shiftKey && key(e, 'o'), run: () => void openDocument() },
  { id: 'file.save', label: 'Save', keys: ['Ctrl+S'], matches: (e) => mod(e) && !e.shiftKey && key(e, 's'), run: () => void saveDocument(false) },
  { id: 'file.saveAs', label: 'Save as…', keys: ['Ctrl+Shift+S'], matches: (e) => mod(e) && e.shiftKey && key(e, 's'), run: () => void saveDocument(true) },
  { id: 'edit.undo', label: 'Undo', keys: ['Ctrl+Z'], matches: (e) => mod(e) && !e.shiftKey && key(e, 'z'), run: () => useDesigner.getState().undo(), contexts: ['pane'] },
  { id: 'edit.redo', label: 'Redo', keys: ['Ctrl+Shift+Z', 'Ctrl+Y'], matches: (e) => mod(e) && ((e.shiftKey && key(e, 'z')) || key(e, 'y')), run: () => useDesigner.getState().redo(), contexts: ['pane'] },
  { id: 'edit.copy', label: 'Copy', keys: ['Ctrl+C'], matches: (e) => mod(e) && key(e, 'c'), run: copySelection, contexts: ['node'] },
  { id: 'edit.paste', label: 'Paste', keys: ['Ctrl+V'], matches: (e) => mod(e) && key(e, 'v'), run: pasteClipboard, contexts: ['pane'] },
  { id: 'edit.duplicate', label: 'Duplicate', keys: ['Ctrl+D'], matches: (e) => mod(e) && key(e, 'd'), run: duplicateSelection, contexts: ['node'] },
  { id: 'edit.delete', label: 'Delete', keys: ['Delete', 'Backspace'], matches: (e) => !mod(e) && (e.key === 'Delete' || e.key === 'Backspace'), run: deleteSelection, contexts: ['node', 'edge'] },
  { id: 'edit.selectAll', label: 'Select all', keys: ['Ctrl+A'], matches: (e) => mod(e) && key(e, 'a'), run: selectAll, contexts: ['pane'] },
  {
    id: 'node.rename', label: 'Rename', keys: ['F2'], matches: (e) => e.key === 'F2',
    run: () => {
      const [first] = useDesigner.getState().selection.nodes;
      if (first) useUi.getState().set({ renaming: first });
    },
    contexts: ['node'],
  },
  { id: 'view.fit', label: 'Zoom to fit', keys: ['Shift+1'], matches: (e) => e.shiftKey && (e.key === '!' || e.code === 'Digit1'), run: () => void flowInstance()?.fitView({ padding: 0.15, duration: 200 }), contexts: ['pane'] },
  { id: 'view.autoLayout', label: 'Auto layout', keys: ['Shift+L'], matches: (e) => e.shiftKey && !mod(e) && key(e, 'l'), run: () => void autoLayout(), contexts: ['pane'] },
  { id: 'view.snap', label: 'Snap to grid on/off', keys: ['Shift+G'], matches: (e) => e.shiftKey && !mod(e) && key(e, 'g'), run: () => useUi.getState().set({ snapToGrid: !useUi.getState().snapToGrid }), contexts: ['pane'] },
  { id: 'help.shortcuts', label: 'Keyboard shortcuts', keys: ['?'], matches: (e) => e.key === '?', run: () => useUi.getState().set({ shortcutsOpen: !useUi.getState().shortcutsOpen }) },
  { id: 'node.nudgeLeft', label: 'Nudge left', keys: ['←'], matches: (e) => e.key === 'ArrowLeft', run: nudge(-GRID, 0) },
  { id: 'node.nudgeRight', label: 'Nudge right', keys: ['→'], matches: (e) => e.key === 'ArrowRight', run: nudge(GRID, 0) },
  { id: 'node.nudgeUp', label: 'Nudge up', keys: ['↑'], matches: (e) => e.key === 'ArrowUp', run: nudge(0, -GRID) },
  { id: 'node.nudgeDown', label: 'Nudge down', keys: ['↓'], matches: (e) => e.key === 'ArrowDown', run: nudge(0, GRID) },
];

/** Registers more commands (auto-layout, exports) from the features that own them. */
const extra: Command[] = [];
export function registerCommand(command: Command): void {
  if (!extra.some((c) => c.id === command.id)) extra.push(command);
}

export function allCommands(): readonly Command[] {
  return [...COMMANDS, ...extra];
}

/** Runs a command by id, as its key or the application menu does. */
export function runCommand(id: string): void {
  allCommands().find((c) => c.id === id)?.run();
}

/** Whether the element has text editing focus: a field, a content-editable element or Monaco. */
export function typingIn(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.closest('.monaco-editor') !== null;
}

/** Runs the command a key press names, unless the user is typing in a field or an editor. */
export function handleKeyDown(e: KeyboardEvent): void {
  if (typingIn(e.target)) return;
  const command = allCommands().find((c) => c.matches(e));
  if (!command) return;
  e.preventDefault();
  command.run();
}
