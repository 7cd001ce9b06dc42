/** The file beside the bundle that lists its inputs: an array of paths relative to the project. */
export const INPUTS_FILE: string;
/** True when the bundle is missing, or a file it was made from is newer or gone (see bundle-staleness.mjs). */
export function bundleIsStale(root: string, bundle: string): boolean;
