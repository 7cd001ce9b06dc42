export interface Measurement {
  name: string;
  size: number;
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  p95Ms: number;
}

/** The median and the spread of `times`, in milliseconds rounded to 0.01. */
export function summarise(name: string, size: number, times: number[]): Measurement {
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  const round = (v: number) => Math.round(v * 100) / 100;
  return { name, size, runs: times.length, medianMs: round(at(0.5)), minMs: round(times[0]!), maxMs: round(times.at(-1)!), p95Ms: round(at(0.95)) };
}

/** As `measure`, for work that returns a promise (layout runs elkjs asynchronously). */
export async function measureAsync(name: string, size: number, work: () => Promise<unknown>, runs = 7, warmups = 2): Promise<Measurement> {
  for (let i = 0; i < warmups; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return summarise(name, size, times);
}

/** Runs `work` a few times to warm up, then `runs` times, and reports the median and the spread. */
export function measure(name: string, size: number, work: () => unknown, runs = 15, warmups = 3): Measurement {
  for (let i = 0; i < warmups; i++) work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return summarise(name, size, times);
}
