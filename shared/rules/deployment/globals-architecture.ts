import { defineRule } from '../define-rule';
import { nodeChange } from '../lib/fixes';
import { SEEDS } from '../lib/seeds';
import { isJsonObject } from '../../model/json-object';


export const globalsArchitecture = defineRule({
  id: 'DEP004',
  severity: 'error',
  title: 'One architecture where the template’s Globals set one',
  why: 'SAM adds the lists a function sets to those its template’s Globals set, rather than replacing them. A function of a template whose Globals list Architectures, that lists its own too (or runs on another architecture than Globals say, which export must write), ends up with two architectures, and CloudFormation refuses a function with more than one.',
  limit: 'A function has exactly one architecture; SAM Globals lists are added to, not replaced.',
  docsUrl: 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-template-anatomy-globals.html',
  seed: SEEDS.summary,
  check(index, report) {
    const source = index.design.source;
    const globals = source?.sections.Globals;
    const listed = isJsonObject(globals) && isJsonObject(globals.Function) ? globals.Function.Architectures : undefined;
    if (!Array.isArray(listed) || listed.length === 0) return;
    const global = typeof listed[0] === 'string' ? listed[0] : undefined;
    for (const fn of index.functions) {
      const original = source?.resources[fn.id]?.resource;
      if (original?.Type !== 'AWS::Serverless::Function') continue;
      const ownList = isJsonObject(original.Properties) && original.Properties.Architectures !== undefined;
      if (!ownList && fn.config.architecture === global) continue;
      report({
        message: ownList
          ? `Function ${index.name(fn.id)} lists its own Architectures, and the template’s Globals list ${listed.join(', ')}: SAM adds the two, so the function would have two architectures and the deployment fails.`
          : `Function ${index.name(fn.id)} runs on ${fn.config.architecture}, but the template’s Globals give every function ${listed.join(', ')}: SAM adds a function’s own to those, so it would have two architectures and the deployment fails. Change Globals for every function, or keep ${global ?? 'the Globals architecture'} here.`,
        nodeIds: [fn.id],
        ...(!ownList && (global === 'x86_64' || global === 'arm64') ? { fix: { label: `Run on ${global}, as Globals say`, changes: [nodeChange(fn.id, ['architecture'], global)] } } : {}),
      });
    }
  },
});
