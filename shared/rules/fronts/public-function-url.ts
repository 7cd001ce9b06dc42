import { defineRule } from '../define-rule';
import { SEEDS } from '../lib/seeds';

export const publicFunctionUrl = defineRule({
  id: 'API003',
  severity: 'warning',
  title: 'Function URLs require authentication',
  why: 'A function URL with auth type NONE lets anyone on the internet invoke the function (and run up its bill); only the resource policy stands in the way. Use AWS_IAM, or put API Gateway or CloudFront in front.',
  limit: 'Function URL AuthType: AWS_IAM unless the function is meant to be public (then cap it with reserved concurrency).',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const fn of index.functions) {
      const url = fn.config.functionUrl;
      if (!url.enabled || url.authType !== 'NONE') continue;
      report({ message: `Function ${index.name(fn.id)} has a public URL (auth NONE): anyone can invoke it.`, nodeIds: [fn.id] });
    }
  },
});
