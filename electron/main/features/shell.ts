import { registerHandlers, type IpcRegistry } from '../ipc/register-handlers';
import { vetExternalUrl } from '../security/external-links';

/** Links to AWS documentation and GitHub, opened in the user's browser (the `shell` namespace). */
export function setupShell(deps: { registry: IpcRegistry; openExternal: (url: string) => Promise<void> }): () => void {
  return registerHandlers(deps.registry, 'shell', {
    openExternal: async (_context, url) => {
      const vetted = vetExternalUrl(url);
      if (!vetted) return false;
      await deps.openExternal(vetted);
      return true;
    },
  });
}
