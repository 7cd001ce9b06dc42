// Whether the CLI bundle is older than its sources. The build lists the project files the bundle was
// made from (esbuild's inputs) beside it; comparing those alone costs a fifth of walking cli/ and
// shared/ (1 ms, not 5, at every start), and a new file matters only once a listed one imports it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The file beside the bundle that lists its inputs: an array of paths relative to the project. */
export const INPUTS_FILE = 'inputs.json';

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(ts|json)$/.test(entry.name) && !entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function listedInputs(bundle) {
  try {
    const listed = JSON.parse(readFileSync(join(bundle, '..', INPUTS_FILE), 'utf8'));
    return Array.isArray(listed) && listed.length > 0 && listed.every((p) => typeof p === 'string') ? listed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * True when the bundle is missing, or a file it was made from is newer or gone. Without a list of
 * inputs (a bundle from an older build), any source file under cli/ or shared/ newer than it.
 */
export function bundleIsStale(root, bundle) {
  const built = statSync(bundle, { throwIfNoEntry: false })?.mtimeMs;
  if (built === undefined) return true;
  const inputs = listedInputs(bundle);
  if (!inputs) return newestSource(join(root, 'cli')) > built || newestSource(join(root, 'shared')) > built;
  for (const input of inputs) {
    const changed = statSync(join(root, input), { throwIfNoEntry: false })?.mtimeMs;
    if (changed === undefined || changed > built) return true;
  }
  return false;
}
