import { defineRule } from '../define-rule';
import { nodeChange } from '../lib/fixes';
import { SEEDS } from '../lib/seeds';

const MAX_LENGTH = 128;
const VALID = /^[A-Za-z0-9_-]+$/;
const DIGITS = /^[0-9]+$/;

/** A name Lambda accepts for an alias: letters, digits, - and _, not only digits, at most 128 characters. */
function isValidAliasName(name: string): boolean {
  return VALID.test(name) && !DIGITS.test(name) && name.length <= MAX_LENGTH;
}

function suggestedName(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, MAX_LENGTH);
  return isValidAliasName(cleaned) ? cleaned : 'live';
}

export const aliasName = defineRule({
  id: 'DEP003',
  severity: 'error',
  title: 'Alias names Lambda accepts',
  why: 'An alias name is 1 to 128 letters, digits, hyphens or underscores, and not only digits (those name versions). Export replaces a name with other characters or only digits by “live”, so callers using the name drawn here miss the alias; a longer name fails to deploy.',
  limit: 'Alias Name: 1–128 characters matching (?!^[0-9]+$)([a-zA-Z0-9-_]+).',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/api/API_CreateAlias.html',
  seed: SEEDS.versionsAndLimits,
  check(index, report) {
    for (const fn of index.functions) {
      const alias = fn.config.alias?.trim();
      if (!alias || isValidAliasName(alias)) continue;
      const suggestion = suggestedName(alias);
      const problem = !VALID.test(alias)
        ? 'has characters other than letters, digits, - and _'
        : DIGITS.test(alias)
          ? 'is only digits, like a version number'
          : `is ${alias.length} characters long; Lambda allows 128`;
      report({
        message: `Function ${index.name(fn.id)} names its alias “${alias.length > 40 ? `${alias.slice(0, 40)}…` : alias}”, which ${problem}.`,
        nodeIds: [fn.id],
        fix: {
          label: suggestion.length > 40 ? `Shorten the alias to ${MAX_LENGTH} characters` : `Name the alias “${suggestion}”`,
          changes: [nodeChange(fn.id, ['alias'], suggestion)],
        },
      });
    }
  },
});
