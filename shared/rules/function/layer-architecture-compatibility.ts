import { defineRule } from '../define-rule';
import { SEEDS } from '../lib/seeds';

export const layerArchitectureCompatibility = defineRule({
  id: 'LMB007',
  severity: 'warning',
  title: 'Layers built for the function’s architecture',
  why: 'Native code in a layer is compiled for one instruction set: an x86_64 binary does not run on an arm64 (Graviton) function, and the reverse.',
  limit: 'A layer’s compatible architectures (x86_64, arm64) should include the architecture of every function that uses it.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/foundation-arch.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const fn of index.functions) {
      const architecture = fn.config.architecture;
      for (const { edge, layer } of index.layersOf(fn.id)) {
        const architectures = layer.config.compatibleArchitectures;
        if (architectures.length === 0 || architectures.includes(architecture)) continue;
        report({
          message: `Layer ${index.name(layer.id)} is built for ${architectures.join(', ')}, but function ${index.name(fn.id)} runs on ${architecture}.`,
          nodeIds: [fn.id, layer.id],
          edgeIds: [edge.id],
        });
      }
    }
  },
});
