import { defineRule } from '../define-rule';
import { SEEDS } from '../lib/seeds';

export const layerRuntimeCompatibility = defineRule({
  id: 'LMB006',
  severity: 'warning',
  title: 'Layers built for the function’s runtime',
  why: 'A layer holds libraries for particular runtimes (node_modules for Node.js, site-packages for Python, native code for one language version); loaded by another runtime its code is not found or does not load.',
  limit: 'A layer’s compatible runtimes (up to 15) should include the runtime of every function that uses it.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/packaging-layers.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const fn of index.functions) {
      if (fn.config.packageType !== 'Zip') continue;
      const runtime = fn.config.runtime.trim();
      for (const { edge, layer } of index.layersOf(fn.id)) {
        const runtimes = layer.config.compatibleRuntimes;
        if (runtimes.length === 0 || runtimes.includes(runtime)) continue;
        report({
          message: `Layer ${index.name(layer.id)} is built for ${runtimes.join(', ')}, but function ${index.name(fn.id)} runs ${runtime}.`,
          nodeIds: [fn.id, layer.id],
          edgeIds: [edge.id],
        });
      }
    }
  },
});
