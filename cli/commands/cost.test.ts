import { describe, expect, it } from 'vitest';
import { serializeDesign } from '../../shared/model/save-design';
import { DesignBuilder } from '../../shared/rules/testing/design-builder';
import { runInMemory } from '../testing/memory-io';
import { QUEUE_TEMPLATE } from '../testing/templates';

function design(): string {
  const b = new DesignBuilder();
  b.node('api-gateway-http', 'api', { traffic: { rate: 1 } });
  b.edge('api', b.fn('orders', { memorySize: 512, reservedConcurrency: 10, traffic: { averageDurationMs: 200 } }), 'invoke-sync');
  return serializeDesign(b.build());
}

const run = (files: Record<string, string>, ...args: string[]) => runInMemory(files, ['cost', ...args]);

describe('lambda-designer cost', () => {
  it('prints the monthly total, every component with its computation, the kinds, the concurrency budget and the notes', async () => {
    const { code, stdout } = await run({ 'app.lambda.json': design() }, 'app.lambda.json', '--no-free-tier');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^app\.lambda\.json: \$7\.43 a month \(us-east-1 on-demand prices as of \d{4}-\d{2}-\d{2}; free tier off\)\n/);
    expect(stdout).toContain('$4.84  Orders (Lambda function, orders)');
    expect(stdout).toContain('Duration: 2,592,000 × 0.2 s × 0.5 GB = 259,200 GB-s × $0.0000166667 = $4.32');
    expect(stdout).toContain('$2.59  Api (API Gateway HTTP API, api)');
    expect(stdout).toContain('By kind:');
    expect(stdout).toContain('Orders (orders): 0.2 of reserved 10 at 1 invocations/s: fits');
    expect(stdout).toContain('Data transfer (to the internet, between Regions, through NAT gateways) is left out.');
  });

  it('applies the free tier unless told not to, and scales traffic', async () => {
    const free = await run({ 'app.lambda.json': design() }, 'app.lambda.json', '--format', 'json');
    const paid = await run({ 'app.lambda.json': design() }, 'app.lambda.json', '--format', 'json', '--no-free-tier');
    const scaled = await run({ 'app.lambda.json': design() }, 'app.lambda.json', '--format=json', '--no-free-tier', '--scale', '10');
    const total = (out: string) => (JSON.parse(out) as { totalUsd: number }).totalUsd;
    expect(total(free.stdout)).toBeLessThan(total(paid.stdout));
    expect(total(scaled.stdout)).toBeCloseTo(total(paid.stdout) * 10, 6);
    expect(JSON.parse(free.stdout)).toMatchObject({ trafficStated: true, freeTier: { enabled: true }, concurrency: { account: { limit: 1000 } } });
  });

  it('writes the breakdown as CSV', async () => {
    const { code, stdout } = await run({ 'app.lambda.json': design() }, 'app.lambda.json', '--format', 'csv');
    expect(code).toBe(0);
    expect(stdout.split('\r\n')[0]).toBe('Section,Node id,Name,Kind,Monthly USD,Explanation');
    expect(stdout).toContain('component,orders,Orders,Lambda function,');
  });

  it('reads SAM templates, and says when no traffic is stated', async () => {
    const { code, stdout } = await run({ 'template.yaml': QUEUE_TEMPLATE }, 'template.yaml');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^template\.yaml: \$0\.00 a month/);
    expect(stdout).toContain('No traffic stated');
  });

  it('exits 2 with the reason on unreadable input or options', async () => {
    let result = await run({}, 'missing.lambda.json');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('cannot read missing.lambda.json');
    result = await run({ 'bad.yaml': 'Resources:\n  A:\n    Type: !Nope x\n' }, 'bad.yaml');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('bad.yaml:3');
    result = await run({ 'bad.lambda.json': '{"format":"lambda-designer/design"' }, 'bad.lambda.json');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('not valid JSON');
    for (const args of [['a.lambda.json', '--format', 'xml'], ['a.lambda.json', '--scale', '-1'], ['a.lambda.json', '--scale'], ['a', 'b'], ['a.lambda.json', '--frugal']]) {
      const bad = await run({ 'a.lambda.json': design() }, ...args);
      expect(bad.code, args.join(' ')).toBe(2);
      expect(bad.stderr).toContain('Usage: lambda-designer cost');
    }
  });
});
