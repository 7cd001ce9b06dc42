import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../rules/testing/design-builder';
import { costCsv, csvField } from './cost-csv';
import { estimateCost } from './estimate-cost';

describe('cost CSV', () => {
  it('quotes fields as RFC 4180 says: commas, quotes and line breaks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(2.5)).toBe('2.5');
  });

  it('has a header, a row per component and per kind, and the total, with CRLF line ends', () => {
    const b = new DesignBuilder();
    b.edge(b.node('api-gateway-http', 'api', { traffic: { rate: 1 } }), b.fn('orders', { memorySize: 512, traffic: { averageDurationMs: 200 } }, { name: 'Orders, "v2"' }), 'invoke-sync');
    const csv = costCsv(estimateCost(b.build(), { freeTier: false }));
    const rows = csv.split('\r\n');
    expect(rows[0]).toBe('Section,Node id,Name,Kind,Monthly USD,Explanation');
    expect(rows[1]).toBe('component,orders,"Orders, ""v2""",Lambda function,4.8384,"2,592,000 requests × $0.20/M = $0.52; 2,592,000 × 0.2 s × 0.5 GB = 259,200 GB-s × $0.0000166667 = $4.32"');
    expect(rows[2]).toBe('component,api,Api,API Gateway HTTP API,2.5920,"2,592,000 requests × $1.00/M = $2.59"');
    expect(rows.filter((r) => r.startsWith('kind,'))).toHaveLength(2);
    expect(rows.at(-2)).toMatch(/^total,,Total,,7\.4304,us-east-1 on-demand prices as of \d{4}-\d{2}-\d{2}; free tier off; traffic × 1$/);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});
