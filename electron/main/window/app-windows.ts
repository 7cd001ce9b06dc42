import type { TitleState } from '../../../shared/ipc/contract';
import type { RendererEvents } from '../ipc/renderer-events';
import type { Sender } from '../ipc/ports';
import type { SaveRequests } from './save-requests';

export type EditTextAction = 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'delete' | 'selectAll';

/** One app window as the features see it; main-window.ts builds it around a BrowserWindow. */
export interface AppWindow {
  /** The id of its web contents: IPC senders are matched by it. */
  readonly id: number;
  /** What native dialogs are attached to. */
  readonly dialogParent: unknown;
  readonly events: RendererEvents;
  readonly saveRequests: SaveRequests;
  /** What the renderer last reported about its document. */
  titleState: TitleState | null;
  /** The user has agreed to close: late backups from the page are ignored. */
  closing: boolean;
  showTitle(state: TitleState | null): void;
  editText(action: EditTextAction): void;
  focus(): void;
}

/** The app's windows, found by IPC sender or focus. */
export class AppWindows {
  private readonly byId = new Map<number, AppWindow>();
  private lastFocused: number | null = null;

  add(window: AppWindow): void {
    this.byId.set(window.id, window);
    this.lastFocused = window.id;
  }

  remove(id: number): void {
    this.byId.delete(id);
    if (this.lastFocused === id) this.lastFocused = this.byId.keys().next().value ?? null;
  }

  has(id: number): boolean {
    return this.byId.has(id);
  }

  bySender(sender: Sender): AppWindow | null {
    return this.byId.get(sender.id) ?? null;
  }

  /** Handler code runs only for trusted senders, which are always app windows. */
  requireBySender(sender: Sender): AppWindow {
    const window = this.bySender(sender);
    if (!window) throw new Error('The message came from a window that is not open');
    return window;
  }

  markFocused(id: number): void {
    if (this.byId.has(id)) this.lastFocused = id;
  }

  /** The window menu commands and opened files go to. */
  current(): AppWindow | null {
    return this.lastFocused === null ? null : (this.byId.get(this.lastFocused) ?? null);
  }
}
