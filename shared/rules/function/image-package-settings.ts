import { defineRule } from '../define-rule';
import { joinWords } from '../lib/format';
import { SEEDS } from '../lib/seeds';

export const imagePackageSettings = defineRule({
  id: 'LMB013',
  severity: 'error',
  title: 'Container images carry their own runtime, code and libraries',
  why: 'A container image holds the runtime, handler and dependencies itself; Lambda refuses layers and inline code for image functions (runtime and handler settings are ignored).',
  limit: 'PackageType Image: no Layers, no inline code (Runtime and Handler come from the image).',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/images-create.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const fn of index.functions) {
      if (fn.config.packageType !== 'Image') continue;
      const layers = index.layersOf(fn.id);
      const problems = [...(layers.length > 0 ? ['layers'] : []), ...(fn.config.inlineCode?.trim() ? ['inline code'] : [])];
      if (problems.length === 0) continue;
      report({
        message: `Function ${index.name(fn.id)} is a container image but has ${joinWords(problems)}; put libraries and code into the image instead.`,
        nodeIds: [fn.id, ...layers.map((l) => l.layer.id)],
        edgeIds: layers.map((l) => l.edge.id),
      });
    }
  },
});
