import type { Design } from '../../shared/model/design';
import { designToSvg, pictureIconPaths } from '../../shared/picture/design-svg';
import { PICTURE_PALETTES } from '../../shared/picture/picture-palette';
import { iconUrl } from '../canvas/icons';

export interface PictureOptions {
  format: 'svg' | 'png';
  theme: 'light' | 'dark';
}

/** PNGs carry twice the diagram's pixels, sharp on high-density screens and in printed documents. */
const PNG_SCALE = 2;
/** Browsers refuse (or run out of memory on) larger canvases; a huge design gets fewer pixels per point. */
const MAX_CANVAS_SIDE = 16_384;
const MAX_CANVAS_AREA = 50_000_000;

/**
 * The whole diagram (not just what the canvas shows) as a picture to paste into a document: SVG,
 * or PNG at twice the pixels, on the theme's background with a margin. The SVG stands alone: the
 * icons travel inside it as data URLs.
 */
export async function exportPicture(design: Design, options: PictureOptions): Promise<Blob> {
  const icons = await iconsAsData(pictureIconPaths(design));
  const svg = designToSvg(design, PICTURE_PALETTES[options.theme], (path) => icons.get(path));
  const blob = new Blob([svg], { type: 'image/svg+xml' });
  return options.format === 'svg' ? blob : rasterise(blob);
}

// Icons are files of the app (same origin); each is read once per session.
const iconCache = new Map<string, Promise<string | undefined>>();

async function iconsAsData(paths: string[]): Promise<Map<string, string>> {
  const entries = await Promise.all(paths.map(async (path) => [path, await iconAsData(path)] as const));
  return new Map(entries.filter((entry): entry is readonly [string, string] => entry[1] !== undefined));
}

function iconAsData(path: string): Promise<string | undefined> {
  let cached = iconCache.get(path);
  if (!cached) {
    const url = iconUrl(path);
    // A missing icon leaves its card without one rather than failing the export; the next export tries again.
    cached = url
      ? fetchAsDataUrl(url, path).catch(() => {
          iconCache.delete(path);
          return undefined;
        })
      : Promise.resolve(undefined);
    iconCache.set(path, cached);
  }
  return cached;
}

const TYPES: Record<string, string> = { svg: 'image/svg+xml', png: 'image/png' };

async function fetchAsDataUrl(url: string, path: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  // The type decides whether the picture shows the icon: take it from the file's name, not from how the server labels it.
  const type = TYPES[path.split('.').pop()!.toLowerCase()] ?? (response.headers.get('content-type') || 'application/octet-stream');
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:${type};base64,${btoa(binary)}`;
}

/** Draws the SVG onto a canvas at PNG_SCALE (less for a design too big for a canvas) and encodes it. */
async function rasterise(svg: Blob): Promise<Blob> {
  const url = URL.createObjectURL(svg);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const { naturalWidth: width, naturalHeight: height } = image;
    const scale = Math.min(PNG_SCALE, MAX_CANVAS_SIDE / Math.max(width, height), Math.sqrt(MAX_CANVAS_AREA / (width * height)));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.floor(width * scale));
    canvas.height = Math.max(1, Math.floor(height * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This window cannot draw pictures (no 2D canvas).');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((png) => (png ? resolve(png) : reject(new Error('The picture is too large to encode as PNG.'))), 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
