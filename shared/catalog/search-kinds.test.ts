import { describe, expect, it } from 'vitest';
import { KINDS } from './registry';
import { searchKinds } from './search-kinds';

describe('searchKinds', () => {
  it('returns every kind for an empty query', () => expect(searchKinds('  ')).toHaveLength(KINDS.length));
  it('puts label-start matches first', () => {
    expect(searchKinds('sqs')[0]?.id).toBe('sqs-queue');
    expect(searchKinds('lambda')[0]?.id).toBe('lambda-function');
    expect(searchKinds('sub')[0]?.id).toBe('subnet');
  });
  it('finds kinds by aliases and needs every word', () => {
    expect(searchKinds('cron').map((k) => k.id)).toEqual(['eventbridge-schedule']);
    expect(searchKinds('queue fifo').map((k) => k.id)).toEqual(['sqs-queue']);
    expect(searchKinds('zzz')).toEqual([]);
  });
});
