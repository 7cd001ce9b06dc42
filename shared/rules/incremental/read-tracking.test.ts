import { describe, expect, it } from 'vitest';
import { madeWhenAsked, type Read, recordingReads, recordRead } from './read-tracking';

function readsOf(work: () => unknown): Read[] {
  const reads = new Set<Read>();
  recordingReads(reads, work);
  return [...reads].sort();
}

describe('madeWhenAsked', () => {
  it('makes the value once, on the first ask', () => {
    let made = 0;
    const value = madeWhenAsked(() => ++made);
    expect(made).toBe(0);
    expect([value(), value()]).toEqual([1, 1]);
    expect(made).toBe(1);
  });

  it('charges what making it read to every asker, not only the first', () => {
    const value = madeWhenAsked(() => {
      recordRead('n:lambda-function:name');
      return 'text';
    });
    expect(readsOf(value)).toEqual(['n:lambda-function:name']);
    expect(readsOf(value)).toEqual(['n:lambda-function:name']);
  });

  it('charges everything to askers when it was made while nothing was recorded', () => {
    const value = madeWhenAsked(() => {
      recordRead('n:lambda-function:name');
      return 'text';
    });
    value();
    expect(readsOf(value)).toEqual(['*']);
  });

  it('keeps its reads out of the recording around the one that made it, until asked', () => {
    const outer = readsOf(() => {
      const value = madeWhenAsked(() => recordRead('s:region'));
      return value;
    });
    expect(outer).toEqual([]);
  });
});
