import type { KindId } from '../../catalog/registry';
import { defineRule } from '../define-rule';
import { nodeChange } from '../lib/fixes';
import { formatNumber } from '../lib/format';
import { SEEDS } from '../lib/seeds';

/** The most each API type waits for an integration by default: REST 29 s, HTTP 30 s. */
export const API_TIMEOUT_CAP_MS: Readonly<Record<string, number>> = { 'api-gateway-rest': 29_000, 'api-gateway-http': 30_000 };
const APIS: ReadonlySet<KindId> = new Set(['api-gateway-rest', 'api-gateway-http']);

export const apiTimeout = defineRule({
  id: 'API001',
  severity: 'warning',
  title: 'Functions behind API Gateway finish within its integration timeout',
  why: 'API Gateway stops waiting at its integration timeout and answers 504, while the function keeps running (and billing); work longer than that belongs behind a queue or Step Functions, answered asynchronously.',
  limit: 'Integration timeout: REST APIs 50 ms to 29 s (more on request for Regional and private APIs), HTTP APIs 30 s.',
  docsUrl: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const fn of index.functions) {
      const fronts = index.syncCallersOf(fn.id, APIS);
      if (fronts.length === 0) continue;
      const invocations = index.invocationsOf(fn.id);
      const waits = fronts.map((i) => {
        const api = i.source as { kind: string; config: { integrationTimeoutMs: number } };
        return Math.min(api.config.integrationTimeoutMs, API_TIMEOUT_CAP_MS[api.kind] ?? 30_000);
      });
      const shortest = Math.min(...waits);
      if (fn.config.timeout * 1000 <= shortest) continue;
      const seconds = Math.max(1, Math.floor(shortest / 1000));
      const onlyApis = fronts.length === invocations.length;
      report({
        message: `Function ${index.name(fn.id)} may run ${formatNumber(fn.config.timeout)} s but ${fronts.map((i) => index.name(i.source.id)).join(', ')} wait${fronts.length === 1 ? 's' : ''} at most ${formatNumber(shortest / 1000)} s: callers get a 504 while it keeps running.`,
        nodeIds: [fn.id, ...fronts.map((i) => i.source.id)],
        edgeIds: fronts.map((i) => i.edge.id),
        ...(onlyApis ? { fix: { label: `Set the function timeout to ${seconds} s`, changes: [nodeChange(fn.id, ['timeout'], seconds)] } } : {}),
      });
    }
  },
});
