import { SECONDS_PER_MONTH } from '../catalog/traffic';
import { formatCount } from './format';

/** How often a schedule fires, from its expression. */
export interface ScheduleRate {
  perMonth: number;
  perSecond: number;
  /** "rate(5 minutes): every 300 s = 8,640 a month". */
  explanation: string;
}

const UNIT_SECONDS: Record<string, number> = { minute: 60, minutes: 60, hour: 3600, hours: 3600, day: 86_400, days: 86_400 };
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
const DAYS_PER_MONTH = SECONDS_PER_MONTH / 86_400;

function rateOf(perMonth: number, explanation: string): ScheduleRate {
  return { perMonth, perSecond: perMonth / SECONDS_PER_MONTH, explanation: `${explanation} = ${formatCount(perMonth)} a month` };
}

/** How many values of a cron field fire, out of `size` (min..max); undefined when it does not parse. */
function countField(field: string, min: number, max: number, names: readonly string[] = []): number | undefined {
  const value = (token: string): number | undefined => {
    const upper = token.toUpperCase();
    const named = names.indexOf(upper);
    if (named >= 0) return named + min;
    return /^\d+$/.test(token) ? Number(token) : undefined;
  };
  const seen = new Set<number>();
  for (const part of field.split(',')) {
    const [range = '', stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) return undefined;
    let from: number | undefined;
    let to: number | undefined;
    if (range === '*') [from, to] = [min, max];
    else if (range.includes('-')) {
      const [a = '', b = ''] = range.split('-');
      [from, to] = [value(a), value(b)];
    } else {
      from = value(range);
      to = stepText === undefined ? from : max;
    }
    if (from === undefined || to === undefined || from < min || to > max || from > to) return undefined;
    for (let v = from; v <= to; v += step) seen.add(v);
  }
  return seen.size;
}

/** Days a month the day-of-month and day-of-week fields fire (one of them is "?" in EventBridge). */
function daysPerMonth(dayOfMonth: string, dayOfWeek: string): number | undefined {
  const open = (f: string) => f === '?' || f === '*';
  if (!open(dayOfMonth)) {
    if (/^L(-\d+)?$/.test(dayOfMonth) || /^\d+W$|^LW$/.test(dayOfMonth)) return 1;
    const days = countField(dayOfMonth, 1, 31);
    return days === undefined ? undefined : Math.min(days, DAYS_PER_MONTH);
  }
  if (!open(dayOfWeek)) {
    if (dayOfWeek.includes('#') || /L$/.test(dayOfWeek)) return 1;
    const weekdays = countField(dayOfWeek, 1, 7, WEEKDAYS);
    return weekdays === undefined ? undefined : (weekdays * DAYS_PER_MONTH) / 7;
  }
  return DAYS_PER_MONTH;
}

/**
 * Fires a month of an EventBridge schedule expression: rate(5 minutes) fires 8,640 times in a
 * 30-day month; cron(0 3 * * ? *) 30 times; at(...) is one-off and counted as none. Undefined when
 * the expression cannot be read.
 */
export function scheduleRate(expression: string): ScheduleRate | undefined {
  const text = expression.trim();
  const rate = /^rate\(\s*(\d+)\s+([a-z]+)\s*\)$/i.exec(text);
  if (rate) {
    const every = Number(rate[1]);
    const unit = UNIT_SECONDS[(rate[2] ?? '').toLowerCase()];
    if (!unit || every < 1) return undefined;
    return rateOf(SECONDS_PER_MONTH / (every * unit), `${text}: every ${formatCount(every * unit)} s`);
  }
  if (/^at\(.+\)$/i.test(text)) return { perMonth: 0, perSecond: 0, explanation: `${text}: fires once, not every month` };
  const cron = /^cron\((.+)\)$/i.exec(text);
  const fields = cron?.[1]?.trim().split(/\s+/);
  if (!fields || fields.length !== 6) return undefined;
  const [minute = '', hour = '', dayOfMonth = '', month = '', dayOfWeek = ''] = fields;
  const minutes = countField(minute, 0, 59);
  const hours = countField(hour, 0, 23);
  const days = daysPerMonth(dayOfMonth, dayOfWeek);
  const months = month === '?' ? 12 : countField(month, 1, 12, MONTHS);
  if (minutes === undefined || hours === undefined || days === undefined || months === undefined) return undefined;
  const perMonth = minutes * hours * days * (months / 12);
  const monthsPart = months < 12 ? ` × ${months}/12 months` : '';
  return rateOf(perMonth, `${text}: ${minutes} × ${hours} times a day × ${formatCount(days)} days${monthsPart}`);
}
