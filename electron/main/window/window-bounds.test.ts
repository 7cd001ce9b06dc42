import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, MIN_SIZE, placeWindow } from './window-bounds';

const laptop = { x: 0, y: 0, width: 1920, height: 1050 };
const rightMonitor = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('placeWindow', () => {
  it('centres the default size on the primary display the first time', () => {
    expect(placeWindow(null, [laptop], laptop)).toEqual({ bounds: { x: 240, y: 75, ...DEFAULT_SIZE }, maximized: false });
  });

  it('shrinks the default size to a small display', () => {
    const small = { x: 0, y: 0, width: 1280, height: 700 };
    expect(placeWindow(undefined, [small], small).bounds).toEqual({ x: 0, y: 0, width: 1280, height: 700 });
  });

  it('restores a window that is still on a display', () => {
    const saved = { bounds: { x: 2100, y: 100, width: 1600, height: 1000 }, maximized: true };
    expect(placeWindow(saved, [laptop, rightMonitor], laptop)).toEqual(saved);
  });

  it('moves a window back onto the display it mostly overlaps', () => {
    const saved = { bounds: { x: 1700, y: 900, width: 1200, height: 800 }, maximized: false };
    const placed = placeWindow(saved, [laptop, rightMonitor], laptop);
    expect(placed.bounds).toEqual({ x: 1920, y: 600, width: 1200, height: 800 });
  });

  it('brings back a window from a display that was unplugged', () => {
    const saved = { bounds: { x: 2500, y: 200, width: 1400, height: 900 }, maximized: false };
    expect(placeWindow(saved, [laptop], laptop).bounds).toEqual({ x: 260, y: 75, width: 1400, height: 900 });
  });

  it('does not count a sliver at the edge as visible', () => {
    const saved = { bounds: { x: 1900, y: 100, width: 1000, height: 700 }, maximized: false };
    expect(placeWindow(saved, [laptop], laptop).bounds).toEqual({ x: 460, y: 175, width: 1000, height: 700 });
  });

  it('clamps sizes to the display and to the minimum', () => {
    const tooBig = { bounds: { x: 0, y: 0, width: 5000, height: 3000 }, maximized: false };
    expect(placeWindow(tooBig, [laptop], laptop).bounds).toEqual({ x: 0, y: 0, width: 1920, height: 1050 });
    const tooSmall = { bounds: { x: 10, y: 10, width: 100, height: 50 }, maximized: false };
    expect(placeWindow(tooSmall, [laptop], laptop).bounds).toMatchObject(MIN_SIZE);
  });

  it('ignores a damaged state file', () => {
    for (const bad of [{ bounds: { x: 'a' } }, { bounds: { x: 0, y: 0, width: -5, height: 10 } }, { bounds: { x: Infinity, y: 0, width: 10, height: 10 } }, 'garbage', 42]) {
      expect(placeWindow(bad, [laptop], laptop).bounds).toEqual({ x: 240, y: 75, ...DEFAULT_SIZE });
    }
  });
});
