import type { CostEstimate } from './estimate-cost';

/** One CSV field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break, quotes doubled. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function row(fields: ReadonlyArray<string | number>): string {
  return fields.map(csvField).join(',');
}

/** Dollars with four decimals, so sub-cent charges do not vanish in a spreadsheet. */
const usd = (value: number) => value.toFixed(4);

/**
 * The breakdown as CSV (RFC 4180: CRLF line ends, a header row): one row per component, then one
 * per kind and the total, each with the computation that gives it.
 */
export function costCsv(estimate: CostEstimate): string {
  const rows = [
    row(['Section', 'Node id', 'Name', 'Kind', 'Monthly USD', 'Explanation']),
    ...estimate.lines.map((l) => row(['component', l.nodeId, l.name, l.kindLabel, usd(l.monthlyUsd), l.explanation])),
    ...estimate.byKind.map((k) => row(['kind', '', `${k.count} × ${k.label}`, k.label, usd(k.monthlyUsd), ''])),
    row(['total', '', 'Total', '', usd(estimate.totalUsd), `${estimate.prices.region} on-demand prices as of ${estimate.prices.asOf}; free tier ${estimate.freeTier.enabled ? 'on' : 'off'}; traffic × ${estimate.trafficScale}`]),
  ];
  return `${rows.join('\r\n')}\r\n`;
}
