import { defineRule } from '../define-rule';
import { joinWords } from '../lib/format';
import { readStatements } from '../lib/iam';
import { SEEDS } from '../lib/seeds';

export const statementFormat = defineRule({
  id: 'SEC003',
  severity: 'error',
  title: 'Extra IAM statements are valid policy statements',
  why: 'The export adds the function’s extra statements to its role only when they parse as JSON objects with an Effect; anything else is left out without a word, and IAM rejects statements without Effect Allow or Deny, an Action and a Resource. A permission the code relies on would then be missing at run time.',
  limit: 'policyStatements: a JSON statement, array of statements or policy document; each with Effect (Allow or Deny), Action or NotAction, Resource or NotResource.',
  docsUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const fn of index.functions) {
      const { problems } = readStatements(fn.config.policyStatements);
      if (problems.length === 0) continue;
      report({
        message: `Extra IAM statements of function ${index.name(fn.id)}: ${joinWords(problems)}.`,
        nodeIds: [fn.id],
      });
    }
  },
});
