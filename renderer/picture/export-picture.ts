import { KINDS } from '../../shared/catalog/registry';
import type { Design } from '../../shared/model/design';
import { designToSvg, PICTURE_PALETTES } from '../../shared/picture/design-svg';
import { iconUrl } from '../canvas/icons';

async function toDataUrl(url: string): Promise<string> {
  const blob = await (await fetch(url)).blob();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

/** The catalog's icons as data URLs, so an exported SVG stands alone. Fetched once, from the app itself. */
let iconData: Promise<Map<string, string>> | null = null;
function iconsAsData(): Promise<Map<string, string>> {
  iconData ??= Promise.all(
    [...new Set(KINDS.map((k) => k.icon))].map(async (path) => {
      const url = iconUrl(path);
      return [path, url ? await toDataUrl(url) : ''] as const;
    }),
  ).then((entries) => new Map(entries.filter(([, data]) => data)));
  return iconData;
}

async function svgToPng(svg: string, scale: number): Promise<Blob> {
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(image.naturalWidth * scale);
    canvas.height = Math.ceil(image.naturalHeight * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The whole diagram as SVG or as PNG (at twice the pixels, for documents), in the given theme. */
export async function exportPicture(design: Design, options: { format: 'svg' | 'png'; theme: 'light' | 'dark' }): Promise<Blob> {
  const icons = await iconsAsData();
  const svg = designToSvg(design, PICTURE_PALETTES[options.theme], (path) => icons.get(path));
  return options.format === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : svgToPng(svg, 2);
}
