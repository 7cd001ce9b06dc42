import type { DesignerApi, RendererEventName, RendererEventPayload } from '../../shared/ipc/contract';
import { autoLayout, copySelection, deleteSelection, duplicateSelection, pasteClipboard, selectAll } from '../state/actions';
import { runCommand, typingIn } from '../state/commands';
import { exportDiagram } from '../state/document-actions';
import { exportTemplate } from '../state/template-export';
import { type SideTabId, useUi } from '../state/ui-store';
import type { Theme } from '../state/use-theme';

export type MenuEventName = Extract<RendererEventName, `menu:${string}`>;
export type MenuHandlers = { [E in MenuEventName]: (payload: RendererEventPayload<E>) => void };

export interface MenuDeps {
  api: DesignerApi;
  /** The theme shown now, for exported pictures. */
  theme: () => Theme;
  toggleTheme: () => void;
  /** Whether a text field or Monaco has focus; editing commands then go to it. */
  textFieldFocused?: () => boolean;
}

type TextEdit = Parameters<DesignerApi['app']['editText']>[0];

function toggleSideTab(tab: SideTabId): void {
  const ui = useUi.getState();
  ui.set({ sideTab: ui.sideTab === tab ? 'inspector' : tab });
}

const focusedOnText = () => typeof document !== 'undefined' && typingIn(document.activeElement);

/**
 * What each application menu command does: the same commands as the toolbar and the keyboard. Edit
 * commands act on the canvas, or on the text field that has focus (through main's native editing).
 */
export function menuHandlers(deps: MenuDeps): MenuHandlers {
  const textFocused = deps.textFieldFocused ?? focusedOnText;
  const edit = (action: TextEdit, onCanvas: () => void) => () => {
    if (textFocused()) void deps.api.app.editText(action);
    else onCanvas();
  };
  return {
    'menu:new': () => runCommand('file.new'),
    'menu:open': () => runCommand('file.open'),
    'menu:save': () => runCommand('file.save'),
    'menu:saveAs': () => runCommand('file.saveAs'),
    'menu:exportTemplate': () => void exportTemplate(),
    'menu:exportPicture': ({ format }) => void exportDiagram(format, deps.theme()),
    'menu:undo': edit('undo', () => runCommand('edit.undo')),
    'menu:redo': edit('redo', () => runCommand('edit.redo')),
    'menu:cut': edit('cut', () => {
      copySelection();
      deleteSelection();
    }),
    'menu:copy': edit('copy', copySelection),
    'menu:paste': edit('paste', pasteClipboard),
    // Ctrl+D while typing reaches the menu (the page leaves it alone): it must not duplicate nodes.
    'menu:duplicate': () => {
      if (!textFocused()) duplicateSelection();
    },
    'menu:delete': edit('delete', deleteSelection),
    'menu:selectAll': edit('selectAll', selectAll),
    'menu:zoomToFit': () => runCommand('view.fit'),
    'menu:autoLayout': () => void autoLayout(),
    'menu:toggleTheme': () => deps.toggleTheme(),
    'menu:toggleProblems': () => toggleSideTab('problems'),
    'menu:toggleYaml': () => toggleSideTab('template'),
    'menu:keyboardShortcuts': () => runCommand('help.shortcuts'),
    'menu:rulesReference': () => useUi.getState().set({ rulesOpen: true, rulesFocus: null }),
  };
}
