import { defineRule } from '../define-rule';
import { nodeChange } from '../lib/fixes';
import { clamp, formatNumber } from '../lib/format';
import { SEEDS } from '../lib/seeds';

const MIN = 128;
const MAX = 10_240;

export const memoryRange = defineRule({
  id: 'LMB001',
  severity: 'error',
  title: 'Memory between 128 and 10,240 MB',
  why: 'Lambda refuses to create a function outside this range. CPU and network bandwidth grow with memory: at 1,769 MB a function has one full vCPU.',
  limit: 'Memory: 128 MB to 10,240 MB, in 1 MB steps.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html',
  seed: SEEDS.summary,
  check(index, report) {
    for (const fn of index.functions) {
      const memory = fn.config.memorySize;
      if (memory >= MIN && memory <= MAX) continue;
      const value = clamp(memory, MIN, MAX);
      report({
        message: `Function ${index.name(fn.id)} has ${formatNumber(memory)} MB of memory; Lambda allows 128 to 10,240 MB.`,
        nodeIds: [fn.id],
        fix: { label: `Set memory to ${formatNumber(value)} MB`, changes: [nodeChange(fn.id, ['memorySize'], value)] },
      });
    }
  },
});
