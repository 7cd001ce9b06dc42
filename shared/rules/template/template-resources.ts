import { defineRule } from '../define-rule';
import { exportedTemplate } from '../lib/exported-template';
import { heaviestNodes, resourceLowerBound, resourceUpperBound } from '../lib/template-bounds';
import { formatNumber, joinWords } from '../lib/format';
import { SEEDS } from '../lib/seeds';

const MAX_RESOURCES = 500;

export const templateResources = defineRule({
  id: 'TPL001',
  severity: 'error',
  title: 'At most 500 resources in one template',
  why: 'CloudFormation refuses a template that declares more than 500 resources. The SAM transform expands each function into its role, version, alias, permissions and mappings, so the count is taken from the plain CloudFormation export. Split the design into several stacks.',
  limit: 'CloudFormation: 500 resources per template (counted as the CloudFormation export writes them, as SAM expands them).',
  docsUrl: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    // The lower bound first: it needs no connections, so far over the limit, connecting nodes does not run this again.
    const lower = resourceLowerBound(index);
    if (lower > MAX_RESOURCES + 100) {
      // Far over the limit: counting every resource exactly would cost more than the answer is worth.
      const heaviest = heaviestNodes(index);
      const shown = [...heaviest.slice(0, 3).map((id) => index.name(id)), ...(heaviest.length > 3 ? [`${formatNumber(heaviest.length - 3)} more`] : [])];
      report({
        message: `The design exports to at least ${formatNumber(lower)} resources in one template (one per component, more for functions and APIs); CloudFormation allows 500. They come from ${joinWords(shown)}: split the design into several stacks.`,
        nodeIds: heaviest,
      });
      return;
    }
    if (resourceUpperBound(index) <= MAX_RESOURCES) return;
    const exported = exportedTemplate(index);
    const logicalIds = Object.keys(exported?.template.Resources ?? {});
    if (!exported || logicalIds.length <= MAX_RESOURCES) return;
    const perNode = new Map<string, number>();
    const edgeIds = new Set<string>();
    for (const id of logicalIds) {
      for (const node of exported.nodesOf.get(id) ?? []) perNode.set(node, (perNode.get(node) ?? 0) + 1);
      for (const edge of exported.edgesOf.get(id) ?? []) edgeIds.add(edge);
    }
    const ranked = [...perNode].sort((a, b) => b[1] - a[1]);
    if (ranked.length === 0) return;
    const top = ranked.slice(0, 3).map(([id, count]) => `${index.name(id)} (${formatNumber(count)})`);
    report({
      message: `The design exports to ${formatNumber(logicalIds.length)} resources in one template; CloudFormation allows 500. The most come from ${joinWords(top)}: split the design into several stacks.`,
      nodeIds: ranked.map(([id]) => id),
      edgeIds: [...edgeIds],
    });
  },
});
