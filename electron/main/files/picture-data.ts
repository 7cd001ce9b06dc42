import { UserFacingError } from './design-file';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The bytes to write for an exported picture: a PNG from base64, or SVG markup as it is. */
export function pictureBytes(format: 'png' | 'svg', data: string): Uint8Array | string {
  if (format === 'svg') {
    if (!/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/.test(data.slice(0, 4096))) throw new UserFacingError('The picture is not an SVG image.');
    return data;
  }
  if (data.length % 4 !== 0 || !BASE64.test(data)) throw new UserFacingError('The picture is not valid base64 data.');
  const bytes = Buffer.from(data, 'base64');
  if (!PNG_SIGNATURE.every((b, i) => bytes[i] === b)) throw new UserFacingError('The picture is not a PNG image.');
  return bytes;
}

/** The path with `extension` added when it has none of the accepted ones (GTK's dialog adds none). */
export function withExtension(path: string, extension: string, accepted: readonly string[] = [extension]): string {
  const lower = path.toLowerCase();
  return accepted.some((ext) => lower.endsWith(ext)) ? path : `${path}${extension}`;
}
