import { describe, expect, it } from 'vitest';
import { FORMAT_ID } from './design';
import { migrate, type Migration } from './migrations';

describe('migrate', () => {
  const steps: Migration[] = [
    { from: 1, describe: 'rename title to name', up: (doc) => ({ ...doc, name: doc.title, title: undefined }) },
    { from: 2, describe: 'add settings', up: (doc) => ({ ...doc, settings: {} }) },
  ];

  it('lifts an old document step by step to the target version', () => {
    const result = migrate({ format: FORMAT_ID, version: 1, title: 'Old' }, steps, 3);
    expect(result).toEqual({ ok: true, doc: { format: FORMAT_ID, version: 3, name: 'Old', title: undefined, settings: {} }, applied: ['rename title to name', 'add settings'] });
  });

  it('leaves a current document alone', () => {
    expect(migrate({ format: FORMAT_ID, version: 3 }, steps, 3)).toEqual({ ok: true, doc: { format: FORMAT_ID, version: 3 }, applied: [] });
  });

  it('says when a step is missing or the version is not a number', () => {
    expect(migrate({ format: FORMAT_ID, version: 1 }, [], 2)).toEqual({ ok: false, message: 'version: no migration from version 1' });
    expect(migrate({ format: FORMAT_ID, version: '1' }, steps, 3).ok).toBe(false);
  });
});
