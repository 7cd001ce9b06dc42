import { defineRule } from '../define-rule';
import { plural } from '../lib/format';
import { SEEDS } from '../lib/seeds';

const MAX_LAYERS = 5;

export const layerCount = defineRule({
  id: 'LMB005',
  severity: 'error',
  title: 'At most 5 layers per function',
  why: 'Lambda refuses a function with more than five layers. Merge libraries into fewer layers or package them with the function (or as a container image).',
  limit: 'Layers: 5 per function; the function and its layers together stay under 250 MB unzipped.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/adding-layers.html',
  seed: SEEDS.summary,
  check(index, report) {
    for (const fn of index.functions) {
      const layers = index.layersOf(fn.id);
      if (layers.length <= MAX_LAYERS) continue;
      report({
        message: `Function ${index.name(fn.id)} uses ${plural(layers.length, 'layer')}; Lambda allows 5.`,
        nodeIds: [fn.id, ...layers.map((l) => l.layer.id)],
        edgeIds: layers.map((l) => l.edge.id),
      });
    }
  },
});
