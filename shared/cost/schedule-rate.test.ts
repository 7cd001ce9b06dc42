import { describe, expect, it } from 'vitest';
import { scheduleRate } from './schedule-rate';

const perMonth = (expression: string) => scheduleRate(expression)?.perMonth;

describe('schedule rate', () => {
  it('reads rate expressions over a 30-day month', () => {
    expect(perMonth('rate(5 minutes)')).toBe(8640);
    expect(perMonth('rate(1 hour)')).toBe(720);
    expect(perMonth('rate(1 day)')).toBe(30);
    expect(scheduleRate('rate(5 minutes)')?.explanation).toBe('rate(5 minutes): every 300 s = 8,640 a month');
  });

  it('counts cron expressions', () => {
    expect(perMonth('cron(0 3 * * ? *)')).toBe(30);
    expect(perMonth('cron(0/15 * * * ? *)')).toBe(4 * 24 * 30);
    expect(perMonth('cron(0 9 ? * MON-FRI *)')).toBeCloseTo((5 * 30) / 7, 9);
    expect(perMonth('cron(0 12 1 * ? *)')).toBe(1);
    expect(perMonth('cron(0 8 1 JAN,JUL ? *)')).toBeCloseTo(2 / 12, 9);
    expect(perMonth('cron(0 10 ? * 2#1 *)')).toBe(1);
  });

  it('counts one-off schedules as none and gives up on what it cannot read', () => {
    expect(perMonth('at(2026-12-01T09:00:00)')).toBe(0);
    expect(scheduleRate('every tuesday')).toBeUndefined();
    expect(scheduleRate('cron(99 * * * ? *)')).toBeUndefined();
  });
});
