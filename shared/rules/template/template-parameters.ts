import { namedIds } from '../../export/named-ids';
import { defineRule } from '../define-rule';
import { exportedTemplate } from '../lib/exported-template';
import { parameterBounds } from '../lib/template-bounds';
import { formatNumber, joinWords } from '../lib/format';
import { SEEDS } from '../lib/seeds';

const MAX_PARAMETERS = 200;

export const templateParameters = defineRule({
  id: 'TPL003',
  severity: 'error',
  title: 'At most 200 template parameters',
  why: 'CloudFormation refuses a template with more than 200 parameters. Export asks for a parameter wherever the design leaves a value out, such as the image URI of a container function or the subnets of a load balancer drawn outside a VPC; filling those in removes the parameters.',
  limit: 'CloudFormation: 200 parameters per template.',
  docsUrl: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    if (parameterBounds(index).upper <= MAX_PARAMETERS) return;
    const exported = exportedTemplate(index);
    const parameters = new Set(Object.keys(exported?.template.Parameters ?? {}));
    if (!exported || parameters.size <= MAX_PARAMETERS) return;
    const askers = new Map<string, Set<string>>();
    for (const [logicalId, resource] of Object.entries(exported.template.Resources)) {
      const used = [...namedIds(resource)].filter((id) => parameters.has(id));
      if (used.length === 0) continue;
      for (const node of exported.nodesOf.get(logicalId) ?? []) {
        const set = askers.get(node) ?? new Set<string>();
        for (const id of used) set.add(id);
        askers.set(node, set);
      }
    }
    const ranked = [...askers].sort((a, b) => b[1].size - a[1].size);
    if (ranked.length === 0) return;
    const shown = [...ranked.slice(0, 3).map(([id]) => index.name(id)), ...(ranked.length > 3 ? [`${formatNumber(ranked.length - 3)} more`] : [])];
    report({
      message: `The exported template asks for ${formatNumber(parameters.size)} parameters; CloudFormation allows 200. They are asked for by ${joinWords(shown)}: set those values in the design.`,
      nodeIds: ranked.map(([id]) => id),
    });
  },
});
