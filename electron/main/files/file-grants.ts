import { resolve } from 'node:path';

/**
 * Paths the user has handed to the app: picked in a dialog, passed on the command line, opened by the
 * OS, or listed in recent files. The renderer may open or save only these, so a compromised page
 * cannot read or overwrite arbitrary files.
 */
export class FileGrants {
  private readonly granted = new Set<string>();

  constructor(private readonly alsoAllowed: (path: string) => boolean = () => false) {}

  grant(path: string): string {
    const full = resolve(path);
    this.granted.add(full);
    return full;
  }

  allows(path: string): boolean {
    const full = resolve(path);
    return this.granted.has(full) || this.alsoAllowed(full);
  }
}
