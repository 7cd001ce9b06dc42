const DAY_MS = 86_400_000;

function epochDay(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** Whole days from one ISO date (yyyy-mm-dd) to another; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return epochDay(to) - epochDay(from);
}

/** Today in UTC as yyyy-mm-dd. */
export function currentIsoDate(): string {
  return new Date().toISOString().slice(0, 10);
}
