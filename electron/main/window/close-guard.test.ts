import { describe, expect, it } from 'vitest';
import type { TitleState } from '../../../shared/ipc/contract';
import { CloseGuard, type CloseChoice } from './close-guard';
import { SaveRequests } from './save-requests';

function guardWith(state: TitleState | null, choice: CloseChoice, saved = true) {
  const log: string[] = [];
  const guard = new CloseGuard({
    state: () => state,
    askToSave: async (fileName) => {
      log.push(`ask ${fileName}`);
      return choice;
    },
    saveInRenderer: async () => {
      log.push('save');
      return saved;
    },
    discardBackup: async (key) => void log.push(`discard ${key}`),
    close: () => log.push('close'),
    cancelled: () => log.push('cancelled'),
  });
  return { guard, log };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const dirty: TitleState = { fileName: 'orders.lambda.json', dirty: true, documentKey: 'doc-1' };

describe('CloseGuard', () => {
  it('lets a window with nothing unsaved close without asking', () => {
    expect(guardWith({ fileName: 'a', dirty: false }, 'cancel').guard.allowClose()).toBe(true);
    expect(guardWith(null, 'cancel').guard.allowClose()).toBe(true);
  });

  it('keeps the window open when the user cancels', async () => {
    const { guard, log } = guardWith(dirty, 'cancel');
    expect(guard.allowClose()).toBe(false);
    await settle();
    expect(log).toEqual(['ask orders.lambda.json', 'cancelled']);
  });

  it('closes after Don’t Save, dropping the backup', async () => {
    const { guard, log } = guardWith(dirty, 'discard');
    expect(guard.allowClose()).toBe(false);
    await settle();
    expect(log).toEqual(['ask orders.lambda.json', 'discard doc-1', 'close']);
    // The close the guard starts itself goes through.
    expect(guard.allowClose()).toBe(true);
  });

  it('closes after Save only once the renderer has saved', async () => {
    const saved = guardWith(dirty, 'save', true);
    saved.guard.allowClose();
    await settle();
    expect(saved.log).toEqual(['ask orders.lambda.json', 'save', 'close']);

    const notSaved = guardWith(dirty, 'save', false);
    notSaved.guard.allowClose();
    await settle();
    expect(notSaved.log).toEqual(['ask orders.lambda.json', 'save', 'cancelled']);
    expect(notSaved.guard.allowClose()).toBe(false);
  });

  it('asks once when close is pressed again while the question is open', async () => {
    const { guard, log } = guardWith(dirty, 'cancel');
    guard.allowClose();
    expect(guard.allowClose()).toBe(false);
    await settle();
    expect(log.filter((l) => l.startsWith('ask'))).toHaveLength(1);
  });
});

describe('SaveRequests', () => {
  it('resolves with the renderer’s answer to the same request', async () => {
    const requests = new SaveRequests();
    let id = '';
    const result = requests.request((requestId) => {
      id = requestId;
      return true;
    });
    requests.answer('someone-else', false);
    requests.answer(id, true);
    await expect(result).resolves.toBe(true);
  });

  it('answers false when the request cannot be sent or the renderer is gone', async () => {
    const requests = new SaveRequests();
    await expect(requests.request(() => false)).resolves.toBe(false);
    const pending = requests.request(() => true);
    requests.abandonAll();
    await expect(pending).resolves.toBe(false);
  });
});
