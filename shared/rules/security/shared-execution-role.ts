import type { FunctionNode } from '../design-index';
import { defineRule } from '../define-rule';
import { joinWords } from '../lib/format';
import { SEEDS } from '../lib/seeds';

/** "arn:aws:iam::123:role/path/app" and "app" name the same role. */
function roleName(role: string): string {
  return role.startsWith('arn:') ? (role.split('/').pop() ?? role) : role;
}

export const sharedExecutionRole = defineRule({
  id: 'SEC004',
  severity: 'warning',
  title: 'One execution role per function',
  why: 'AWS recommends one execution role per function, so each has only the permissions it needs. The export adds every function’s connection permissions to a shared role, so each function sharing it can do what any of them may.',
  limit: 'Execution role: used by one function.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html',
  seed: SEEDS.cheatSheet,
  check(index, report) {
    const byRole = new Map<string, FunctionNode[]>();
    for (const fn of index.functions) {
      const role = fn.config.executionRole?.trim();
      if (!role) continue;
      const name = roleName(role);
      const sharing = byRole.get(name);
      if (sharing) sharing.push(fn);
      else byRole.set(name, [fn]);
    }
    for (const [role, functions] of byRole) {
      if (functions.length < 2) continue;
      report({
        message: `Functions ${joinWords(functions.map((f) => index.name(f.id)))} share the execution role “${role}”: each gets the permissions of the others’ connections. Leave the role empty to give each function its own.`,
        nodeIds: functions.map((f) => f.id),
      });
    }
  },
});
