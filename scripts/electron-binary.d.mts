export function findElectronBinary(): { path: string } | { missing: string };
export const electronInstallScript: string;
