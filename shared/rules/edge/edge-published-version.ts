import { aliasFor } from '../../export/function-plan';
import { defineRule } from '../define-rule';
import { nodeChange } from '../lib/fixes';
import { SEEDS } from '../lib/seeds';

export const edgePublishedVersion = defineRule({
  id: 'EDG003',
  severity: 'warning',
  title: 'Lambda@Edge functions publish a version',
  why: 'CloudFront runs a numbered version of a Lambda@Edge function, never $LATEST or an alias. Export publishes a version on every deploy (AutoPublishAlias) when a distribution in the design triggers the function or an alias is named; a function only marked Lambda@Edge has neither, so it deploys as $LATEST alone.',
  limit: 'Lambda@Edge associations name a numbered version (SAM: AutoPublishAlias).',
  docsUrl: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-at-edge-function-restrictions.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const fn of index.functions) {
      if (!fn.config.lambdaEdge || index.cloudFrontTriggersOf(fn.id).length > 0 || aliasFor(fn, false) !== undefined) continue;
      report({
        message: `Function ${index.name(fn.id)} is marked Lambda@Edge, but no distribution here triggers it and it names no alias: export publishes no version, and CloudFront can only run a numbered version.`,
        nodeIds: [fn.id],
        fix: { label: 'Publish a version on each deploy, with an alias named “live”', changes: [nodeChange(fn.id, ['alias'], 'live')] },
      });
    }
  },
});
