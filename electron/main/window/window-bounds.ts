import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1440, height: 900 };
export const MIN_SIZE = { width: 800, height: 560 };
/** How much of a window must show on a display to count as reachable (title bar grab area). */
const MIN_VISIBLE = { width: 120, height: 48 };

const finite = z.number().finite();
export const StoredWindowState = z.object({
  bounds: z.object({ x: finite, y: finite, width: finite.positive(), height: finite.positive() }),
  maximized: z.boolean().default(false),
});

function intersection(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), Math.max(min, max));

function fitSize(size: { width: number; height: number }, area: Rect) {
  return {
    width: Math.round(clamp(size.width, Math.min(MIN_SIZE.width, area.width), area.width)),
    height: Math.round(clamp(size.height, Math.min(MIN_SIZE.height, area.height), area.height)),
  };
}

function centred(size: { width: number; height: number }, area: Rect): Rect {
  const fitted = fitSize(size, area);
  return { x: Math.round(area.x + (area.width - fitted.width) / 2), y: Math.round(area.y + (area.height - fitted.height) / 2), ...fitted };
}

/**
 * Where to open the window: the remembered place when enough of it is on a display that still exists
 * (moved and shrunk to fit inside that display's work area), otherwise centred on the primary display.
 */
export function placeWindow(saved: unknown, workAreas: readonly Rect[], primary: Rect): WindowState {
  const parsed = StoredWindowState.safeParse(saved);
  if (!parsed.success) return { bounds: centred(DEFAULT_SIZE, primary), maximized: false };
  const { bounds, maximized } = parsed.data;
  let best: { area: Rect; visible: number } | null = null;
  for (const area of workAreas) {
    const overlap = intersection(bounds, area);
    if (!overlap || overlap.width < MIN_VISIBLE.width || overlap.height < MIN_VISIBLE.height) continue;
    const visible = overlap.width * overlap.height;
    if (!best || visible > best.visible) best = { area, visible };
  }
  if (!best) return { bounds: centred(bounds, primary), maximized };
  const { area } = best;
  const size = fitSize(bounds, area);
  return {
    bounds: {
      x: Math.round(clamp(bounds.x, area.x, area.x + area.width - size.width)),
      y: Math.round(clamp(bounds.y, area.y, area.y + area.height - size.height)),
      ...size,
    },
    maximized,
  };
}
