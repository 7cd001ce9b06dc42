import { defineRule } from '../define-rule';
import { nodeChange } from '../lib/fixes';
import { SEEDS } from '../lib/seeds';

export const bucketTriggerVersioning = defineRule({
  id: 'INV008',
  severity: 'info',
  title: 'Versioning on buckets that trigger functions',
  why: 'When two writes to the same key of an unversioned bucket happen at once, S3 may send a single event notification; with versioning every successful write sends one.',
  limit: 'S3 event notifications: one per write only with versioning enabled.',
  docsUrl: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/EventNotifications.html',
  seed: SEEDS.summary,
  check(index, report) {
    for (const bucket of index.ofKind('s3-bucket')) {
      const triggers = index.out(bucket.id, 'invoke-async');
      if (triggers.length === 0 || bucket.config.versioning) continue;
      report({
        message: `Bucket ${index.name(bucket.id)} invokes ${triggers.map((e) => index.name(e.target)).join(', ')} without versioning: simultaneous writes to one key may send a single event.`,
        nodeIds: [bucket.id, ...triggers.map((e) => e.target)],
        edgeIds: triggers.map((e) => e.id),
        fix: { label: 'Turn on versioning', changes: [nodeChange(bucket.id, ['versioning'], true)] },
      });
    }
  },
});
