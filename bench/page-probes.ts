// Functions that run inside the page (handed to Playwright as source text): each is self-contained.
// Times are performance.now() in the page, milliseconds since navigation started.

export interface PageProbe {
  /** When the app became ready (first frame showing data-app-state="ready"). */
  readyAt: number | null;
  /** When the app began reading the file the user chose. */
  fileReadAt: number | null;
  /** After the paint of the first frame that shows the opened design's nodes (measured, so visible). */
  designPaintedAt: number | null;
  /** rAF timestamps while sampling, null otherwise. */
  frames: number[] | null;
}

type ProbeWindow = Window & { __benchProbe?: PageProbe; showOpenFilePicker?: unknown; showSaveFilePicker?: unknown };

/**
 * Init script: no File System Access API (so Open… shows a file chooser Playwright can answer), a
 * note of when the chosen file is read, and a watch, frame by frame, for the app and then the design
 * to appear. A message posted from the frame that first shows the nodes runs after that frame's paint.
 */
export function installProbes(): void {
  const w = window as ProbeWindow;
  delete w.showOpenFilePicker;
  delete w.showSaveFilePicker;
  const probe: PageProbe = { readyAt: null, fileReadAt: null, designPaintedAt: null, frames: null };
  w.__benchProbe = probe;
  const text = Blob.prototype.text;
  Blob.prototype.text = function (this: Blob) {
    if (this instanceof File && probe.fileReadAt === null) probe.fileReadAt = performance.now();
    return text.call(this);
  };
  const watch = (now: number) => {
    if (probe.readyAt === null && document.querySelector('[data-app-state="ready"]')) probe.readyAt = now;
    const node = document.querySelector<HTMLElement>('.react-flow__node');
    if (probe.fileReadAt !== null && node && node.style.visibility !== 'hidden') {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        probe.designPaintedAt = performance.now();
      };
      channel.port2.postMessage(null);
      return;
    }
    requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
}

export function designPainted(): boolean {
  return (window as ProbeWindow).__benchProbe?.designPaintedAt != null;
}

export function readProbe(): PageProbe {
  const probe = (window as ProbeWindow).__benchProbe;
  if (!probe) throw new Error('the bench probes are not installed');
  return { ...probe, frames: null };
}

/** Starts recording the timestamp of every animation frame. */
export function startFrames(): void {
  const probe = (window as ProbeWindow).__benchProbe!;
  const times: number[] = [];
  probe.frames = times;
  const tick = (now: number) => {
    if (probe.frames !== times) return;
    times.push(now);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** Stops recording; the time between successive frames, in milliseconds. */
export function stopFrames(): number[] {
  const probe = (window as ProbeWindow).__benchProbe!;
  const times = probe.frames ?? [];
  probe.frames = null;
  return times.slice(1).map((t, i) => t - times[i]!);
}

/**
 * A point of the empty canvas (the pane itself, away from nodes, minimap and controls) and a
 * component node whose centre a click would reach, both in page coordinates.
 */
export function findTargets(): { pane: { x: number; y: number } | null; node: { x: number; y: number; id: string } | null } {
  const canvas = document.querySelector('[data-testid="canvas"]')!.getBoundingClientRect();
  let pane: { x: number; y: number } | null = null;
  for (let gy = 0.2; gy < 0.85 && !pane; gy += 0.05) {
    for (let gx = 0.1; gx < 0.9 && !pane; gx += 0.05) {
      const x = Math.round(canvas.left + canvas.width * gx);
      const y = Math.round(canvas.top + canvas.height * gy);
      // Room around it, so a drag starting there starts on the pane.
      const clear = [[0, 0], [-12, 0], [12, 0], [0, -12], [0, 12]].every(([dx, dy]) => document.elementFromPoint(x + dx!, y + dy!)?.classList.contains('react-flow__pane'));
      if (clear) pane = { x, y };
    }
  }
  // The component nearest the middle whose centre a click reaches, with room around it to drag in circles.
  let node: { x: number; y: number; id: string } | null = null;
  let best = Infinity;
  const middle = { x: canvas.left + canvas.width / 2, y: canvas.top + canvas.height / 2 };
  for (const el of document.querySelectorAll<HTMLElement>('.react-flow__node-component')) {
    const box = el.getBoundingClientRect();
    const x = Math.round(box.left + box.width / 2);
    const y = Math.round(box.top + box.height / 2);
    if (x < canvas.left + 200 || x > canvas.right - 200 || y < canvas.top + 200 || y > canvas.bottom - 200) continue;
    const distance = Math.hypot(x - middle.x, y - middle.y);
    const hit = document.elementFromPoint(x, y);
    if (distance < best && hit?.closest('.react-flow__node') === el && !hit.closest('button')) {
      best = distance;
      node = { x, y, id: el.dataset.id ?? '' };
    }
  }
  return { pane, node };
}
