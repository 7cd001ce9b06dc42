import icons from 'virtual:catalog-icons';

/** URL of a catalog icon, bundled with the app (see catalog-icons-plugin.ts). */
export function iconUrl(iconPath: string): string | undefined {
  return (icons as Record<string, string>)[iconPath];
}
