import { defineRule } from '../define-rule';
import { nodeChange } from '../lib/fixes';
import { clamp, formatNumber } from '../lib/format';
import { SEEDS } from '../lib/seeds';
import { API_TIMEOUT_CAP_MS } from './api-timeout';

export const integrationTimeoutRange = defineRule({
  id: 'API002',
  severity: 'warning',
  title: 'API integration timeout within API Gateway’s range',
  why: 'API Gateway accepts integration timeouts from 50 ms up to 29 s for REST APIs (raising it needs a quota increase, Regional and private APIs only) and 30 s for HTTP APIs.',
  limit: 'Integration timeout: 50 to 29,000 ms (REST), 50 to 30,000 ms (HTTP).',
  docsUrl: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const api of [...index.ofKind('api-gateway-rest'), ...index.ofKind('api-gateway-http')]) {
      const max = API_TIMEOUT_CAP_MS[api.kind] ?? 30_000;
      const timeout = api.config.integrationTimeoutMs;
      if (timeout >= 50 && timeout <= max) continue;
      const value = clamp(timeout, 50, max);
      report({
        message: `API ${index.name(api.id)} waits ${formatNumber(timeout)} ms for its integrations; API Gateway allows 50 to ${formatNumber(max)} ms.`,
        nodeIds: [api.id],
        fix: { label: `Wait ${formatNumber(value)} ms`, changes: [nodeChange(api.id, ['integrationTimeoutMs'], value)] },
      });
    }
  },
});
