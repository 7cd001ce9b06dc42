import type { BuildOptions } from 'esbuild';

export function mainOptions(outfile?: string): BuildOptions;
export function preloadOptions(outfile?: string): BuildOptions;
export function buildElectron(): Promise<void>;
