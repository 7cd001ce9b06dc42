import type { KindDefinition } from './define-kind';
import { KINDS } from './registry';

const ALIASES: Record<string, string> = {
  'api-gateway-rest': 'apigw rest api gateway endpoint',
  'api-gateway-http': 'apigw http api gateway endpoint',
  alb: 'elb load balancer target group',
  cloudfront: 'cdn edge lambda@edge distribution',
  's3-bucket': 'bucket storage object upload',
  'sns-topic': 'pubsub notification fanout',
  'sqs-queue': 'queue fifo message dlq',
  'kinesis-stream': 'stream shard records',
  'dynamodb-table': 'ddb nosql stream table',
  'eventbridge-rule': 'events cloudwatch events pattern',
  'eventbridge-schedule': 'cron scheduler rate timer',
  'lambda-function': 'function lambda compute handler',
  'rds-database': 'aurora postgres mysql sql database',
  'efs-file-system': 'nfs files storage',
  secret: 'password credentials secrets manager',
  'ssm-parameter': 'parameter store config',
  'nat-gateway': 'nat internet egress',
  'internet-gateway': 'igw internet',
  'vpc-endpoint': 'privatelink endpoint gateway interface',
};

/** Kinds matching a search: every word must occur in the label, id or aliases; label-start matches first. */
export function searchKinds(query: string): KindDefinition[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const all = KINDS as unknown as KindDefinition[];
  if (words.length === 0) return all;
  const scored = all
    .map((kind, order) => {
      const haystack = `${kind.label} ${kind.id} ${ALIASES[kind.id] ?? ''}`.toLowerCase();
      if (!words.every((w) => haystack.includes(w))) return null;
      const label = kind.label.toLowerCase();
      const score = label.startsWith(words[0]!) ? 0 : label.includes(words[0]!) ? 1 : 2;
      return { kind, score, order };
    })
    .filter((x): x is { kind: KindDefinition; score: number; order: number } => x !== null);
  return scored.sort((a, b) => a.score - b.score || a.order - b.order).map((x) => x.kind);
}
