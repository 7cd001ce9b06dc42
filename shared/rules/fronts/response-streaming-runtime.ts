import { defineRule } from '../define-rule';
import { runtimeFamily } from '../lib/runtimes';
import { SEEDS } from '../lib/seeds';

const STREAMING_FAMILIES = new Set(['nodejs', 'provided']);

export const responseStreamingRuntime = defineRule({
  id: 'API007',
  severity: 'warning',
  title: 'Response streaming on a runtime that streams',
  why: 'Managed runtimes stream responses only on Node.js; other languages need a custom runtime (OS-only) or a container image that implements streaming, otherwise the response is sent whole at the end.',
  limit: 'Function URL InvokeMode RESPONSE_STREAM: Node.js managed runtimes, custom runtimes, or images.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-response-streaming.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const fn of index.functions) {
      const url = fn.config.functionUrl;
      if (!url.enabled || url.invokeMode !== 'RESPONSE_STREAM' || fn.config.packageType !== 'Zip') continue;
      if (STREAMING_FAMILIES.has(runtimeFamily(fn.config.runtime))) continue;
      report({ message: `Function ${index.name(fn.id)} streams its URL responses but runs ${fn.config.runtime}; managed runtimes stream only on Node.js.`, nodeIds: [fn.id] });
    }
  },
});
