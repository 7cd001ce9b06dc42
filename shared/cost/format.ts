/**
 * Numbers as the cost explanations print them: the same on every machine (no toLocaleString), and
 * rounded only for display; every computation keeps full precision.
 */

function group(whole: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Up to `digits` decimals, trailing zeros dropped: 0.125 → "0.125", 1.5 → "1.5", 2 → "2". */
export function formatDecimal(value: number, digits: number): string {
  const fixed = Math.abs(value).toFixed(digits);
  const [whole = '0', fraction = ''] = fixed.split('.');
  const trimmed = fraction.replace(/0+$/, '');
  const text = `${group(whole)}${trimmed ? `.${trimmed}` : ''}`;
  return value < 0 && Number(fixed) !== 0 ? `−${text}` : text;
}

/** Counts: whole numbers from 100 up ("2,592,000"), a few decimals below ("8.64", "0.333"). */
export function formatCount(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 100) return formatDecimal(Math.round(value), 0);
  if (abs >= 10) return formatDecimal(value, 2);
  // Small figures keep their first digits: 0.333, 0.00035.
  return formatDecimal(value, abs > 0 ? Math.min(12, Math.max(3, 1 - Math.floor(Math.log10(abs)))) : 3);
}

/** Dollars to the cent; amounts below half a cent keep their first digits so they do not read as free ("$0.0026"). */
export function formatUsd(value: number): string {
  const sign = value < 0 ? '−' : '';
  const abs = Math.abs(value);
  if (abs === 0 || abs >= 0.005) {
    const [whole = '0', cents = '00'] = abs.toFixed(2).split('.');
    return `${sign}$${group(whole)}.${cents}`;
  }
  const digits = Math.min(12, Math.max(4, 1 - Math.floor(Math.log10(abs))));
  return `${sign}$${abs.toFixed(digits).replace(/0+$/, '')}`;
}

/** A unit price as AWS writes it: "$0.0000166667", "$0.025", "$0.20", "$3.50". */
export function formatPrice(value: number): string {
  const text = formatDecimal(value, value >= 0.01 ? 4 : 12);
  const [whole, fraction = ''] = text.split('.');
  return `$${whole}.${fraction.padEnd(2, '0')}`;
}

/** Per-million prices: "$0.20/M". */
export function formatPerMillion(usdPerUnit: number): string {
  return `${formatPrice(usdPerUnit * 1e6)}/M`;
}

/** Memory in GB as the explanations show it: 512 MB → "0.5 GB", 1,769 MB → "1.7275 GB". */
export function formatGb(megabytes: number): string {
  return `${formatDecimal(megabytes / 1024, 4)} GB`;
}

/** Seconds from milliseconds: 120 → "0.12 s". */
export function formatSeconds(milliseconds: number): string {
  return `${formatDecimal(milliseconds / 1000, 3)} s`;
}

/** "1 request", "2 requests". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}
