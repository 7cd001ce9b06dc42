import type { TitleState } from '../../../shared/ipc/contract';

export type CloseChoice = 'save' | 'discard' | 'cancel';

export interface CloseGuardDeps {
  /** What the renderer last said about its document. */
  state(): TitleState | null;
  /** The native Save / Don't Save / Cancel question. */
  askToSave(fileName: string): Promise<CloseChoice>;
  /** Asks the renderer to save; true once it has. */
  saveInRenderer(): Promise<boolean>;
  discardBackup(documentKey: string): Promise<void>;
  /** Closes the window for real (the guard lets this close through). */
  close(): void;
  /** The close did not happen: a quit in progress must stop too. */
  cancelled(): void;
}

/**
 * Decides whether a window may close: at once when nothing is unsaved, otherwise after asking
 * Save / Don't Save / Cancel. "Don't Save" drops the document's backup; "Save" closes only once the
 * renderer has saved (a cancelled Save As keeps the window open).
 */
export class CloseGuard {
  private closing = false;
  private asking = false;

  constructor(private readonly deps: CloseGuardDeps) {}

  /** For the window's close event: true lets it close now, false prevents it (a question may follow). */
  allowClose(): boolean {
    if (this.closing) return true;
    if (this.asking) return false;
    const state = this.deps.state();
    if (!state?.dirty) return true;
    this.asking = true;
    void this.ask(state).finally(() => {
      this.asking = false;
    });
    return false;
  }

  private async ask(state: TitleState): Promise<void> {
    const choice = await this.deps.askToSave(state.fileName).catch((): CloseChoice => 'cancel');
    if (choice === 'cancel') return this.deps.cancelled();
    if (choice === 'save') {
      const saved = await this.deps.saveInRenderer().catch(() => false);
      if (!saved) return this.deps.cancelled();
    } else if (state.documentKey) {
      await this.deps.discardBackup(state.documentKey).catch(() => undefined);
    }
    this.closing = true;
    this.deps.close();
  }
}
