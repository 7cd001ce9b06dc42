import { defineRule } from '../define-rule';
import { joinWords } from '../lib/format';
import { SEEDS } from '../lib/seeds';

/** Words of a variable name that say it holds a credential (the name split at _, - and .). */
const SECRET_WORDS = /(^|_)(PASSWORD|PASSWD|PWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|SECRET_?KEY|ACCESS_?KEY|CREDENTIALS?)(_|$)/;
/** Names that point at a secret rather than hold it (DB_SECRET_ARN, TOKEN_PARAMETER_NAME). */
const POINTER_SUFFIX = /_(ARN|NAME|ID|PATH|PARAM|PARAMETER|URL|URI|REGION|TTL|HEADER|TYPE)$/;
const ACCESS_KEY_ID = /\b(AKIA|ASIA)[0-9A-Z]{16}\b/;
const PRIVATE_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY-----/;

function looksSecret(key: string, value: string): boolean {
  const trimmed = value.trim();
  if (trimmed === '') return false;
  if (ACCESS_KEY_ID.test(trimmed) || PRIVATE_KEY.test(trimmed)) return true;
  if (trimmed.startsWith('arn:') || trimmed.startsWith('{{resolve:')) return false;
  const name = key.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
  return SECRET_WORDS.test(name) && !POINTER_SUFFIX.test(name);
}

export const plaintextSecrets = defineRule({
  id: 'SEC001',
  severity: 'warning',
  title: 'No credentials in plain environment variables',
  why: 'Environment variables are part of the function’s configuration: anyone allowed to read it (console, GetFunctionConfiguration, the template) sees their values. AWS recommends keeping database credentials, API keys and tokens in Secrets Manager (or SSM Parameter Store SecureString) and reading them at run time.',
  limit: 'Passwords, secrets, tokens, API keys, private keys and AWS access keys: in Secrets Manager or SSM Parameter Store, not in environment variables.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html',
  seed: SEEDS.versionsAndLimits,
  check(index, report) {
    for (const fn of index.functions) {
      if (index.isEdgeFunction(fn)) continue;
      const entries = Object.entries(fn.config.environment).filter(([key, value]) => looksSecret(key, value));
      if (entries.length === 0) continue;
      const names = entries.map(([key]) => key);
      const keys = entries.filter(([, value]) => ACCESS_KEY_ID.test(value)).map(([key]) => key);
      const others = names.filter((name) => !keys.includes(name));
      const store = others.length > 0 ? ` Store ${joinWords(others)} in Secrets Manager or SSM Parameter Store and connect the function to the secret or parameter.` : '';
      const role = keys.length > 0 ? ` ${joinWords(keys)} ${keys.length === 1 ? 'holds' : 'hold'} an AWS access key: grant the permissions to the function’s execution role instead.` : '';
      report({
        message: `Function ${index.name(fn.id)} keeps ${joinWords(names)} in plain environment variables, readable by anyone who can read its configuration.${store}${role}`,
        nodeIds: [fn.id],
      });
    }
  },
});
