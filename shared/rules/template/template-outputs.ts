import { namedIds } from '../../export/named-ids';
import { defineRule } from '../define-rule';
import { exportedTemplate } from '../lib/exported-template';
import { outputBounds } from '../lib/template-bounds';
import { formatNumber, joinWords, plural } from '../lib/format';
import { SEEDS } from '../lib/seeds';

const MAX_OUTPUTS = 200;

export const templateOutputs = defineRule({
  id: 'TPL002',
  severity: 'warning',
  title: 'At most 200 stack outputs',
  why: 'CloudFormation refuses a template with more than 200 outputs. Export writes an output for every function ARN and URL, API and distribution address, keeps the first 200 and leaves the rest out, so other stacks and scripts cannot read them.',
  limit: 'CloudFormation: 200 outputs per template.',
  docsUrl: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    const bounds = outputBounds(index);
    if (bounds.upper <= MAX_OUTPUTS) return;
    // Over the limit for sure: which outputs export leaves out matters less than the cost of building the template.
    // Not for an imported design, whose bound counts the template's own outputs rather than functions.
    if (bounds.lower > MAX_OUTPUTS && !index.design.source) {
      const functions = index.functions.map((f) => f.id);
      const shown = [...functions.slice(0, 3).map((id) => index.name(id)), `${formatNumber(functions.length - 3)} more functions`];
      report({
        message: `The design produces at least ${formatNumber(bounds.lower)} stack outputs, the ARN of each of ${joinWords(shown)}; CloudFormation allows 200, so export leaves out the rest.`,
        nodeIds: functions,
      });
      return;
    }
    const exported = exportedTemplate(index);
    if (!exported) return;
    const written = Object.entries(exported.template.Outputs ?? {});
    const total = Math.max(exported.outputs.length, written.length);
    if (total <= MAX_OUTPUTS) return;
    const dropped = exported.outputs.slice(MAX_OUTPUTS);
    const concerned = dropped.length > 0 ? dropped : written;
    const nodeIds = [...new Set(concerned.flatMap(([, output]) => [...namedIds(output.Value)].flatMap((id) => exported.nodesOf.get(id) ?? [])))];
    if (nodeIds.length === 0) return;
    const shown = [...nodeIds.slice(0, 3).map((id) => index.name(id)), ...(nodeIds.length > 3 ? [`${formatNumber(nodeIds.length - 3)} more`] : [])];
    report({
      message: dropped.length > 0
        ? `The design produces ${formatNumber(total)} stack outputs; CloudFormation allows 200, so export leaves out ${plural(dropped.length, 'output')} (of ${joinWords(shown)}).`
        : `The exported template has ${formatNumber(total)} outputs, counting those of the imported template; CloudFormation allows 200. They include those of ${joinWords(shown)}.`,
      nodeIds,
    });
  },
});
