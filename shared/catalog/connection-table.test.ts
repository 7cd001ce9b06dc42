import { describe, expect, it } from 'vitest';
import { connectionOptions } from './connection-table';
import { KINDS } from './registry';

describe('connection table', () => {
  it('answers every pair of kinds: the meanings that fit, or a reason naming both kinds', () => {
    let allowed = 0;
    for (const source of KINDS) {
      for (const target of KINDS) {
        const answer = connectionOptions(source.id, target.id);
        if (answer.ok) {
          allowed++;
          expect(answer.options.length).toBeGreaterThan(0);
          expect(new Set(answer.options.map((o) => `${o.meaning}/${o.label}`)).size).toBe(answer.options.length);
        } else {
          expect(answer.reason).toContain(source.label);
          expect(answer.reason).toContain(target.label);
        }
      }
    }
    expect(allowed).toBeGreaterThan(40);
  });

  it('refuses an S3 bucket to a security group, and says what the bucket does connect to', () => {
    const answer = connectionOptions('s3-bucket', 'security-group');
    expect(answer).toEqual({ ok: false, reason: 'An S3 bucket cannot connect to a Security group. S3 bucket: it connects to Lambda function.' });
  });

  it('suggests the other direction when only that one exists', () => {
    const answer = connectionOptions('lambda-function', 'sqs-queue');
    expect(answer.ok).toBe(true);
    const reverse = connectionOptions('lambda-layer', 'lambda-layer');
    expect(reverse.ok).toBe(false);
    const backwards = connectionOptions('lambda-function', 'api-gateway-rest');
    expect(!backwards.ok && backwards.reason).toMatch(/Draw it the other way: from the API Gateway REST API to the Lambda function/);
  });

  it('offers the four meanings of function → SQS queue', () => {
    const answer = connectionOptions('lambda-function', 'sqs-queue');
    expect(answer.ok && answer.options.map((o) => o.label)).toEqual(['On success', 'On failure', 'Dead-letter queue', 'Sends messages']);
  });

  it('has exactly one meaning where the pair decides it', () => {
    expect(connectionOptions('sqs-queue', 'lambda-function')).toMatchObject({ ok: true, options: [{ meaning: 'event-source-mapping' }] });
    expect(connectionOptions('s3-bucket', 'lambda-function')).toMatchObject({ ok: true, options: [{ meaning: 'invoke-async' }] });
    expect(connectionOptions('api-gateway-http', 'lambda-function')).toMatchObject({ ok: true, options: [{ meaning: 'invoke-sync' }] });
  });
});
