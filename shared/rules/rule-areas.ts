/** Rule id prefixes and the area of Lambda each covers, in the order the reference lists them. */
export const RULE_AREAS: ReadonlyArray<{ prefix: string; label: string }> = [
  { prefix: 'LMB', label: 'Function limits' },
  { prefix: 'CON', label: 'Concurrency' },
  { prefix: 'INV', label: 'Invocation models' },
  { prefix: 'SQS', label: 'SQS event sources' },
  { prefix: 'STR', label: 'Streams (Kinesis, DynamoDB)' },
  { prefix: 'LOP', label: 'Loops' },
  { prefix: 'API', label: 'Synchronous fronts' },
  { prefix: 'EDG', label: 'Lambda@Edge and CloudFront Functions' },
  { prefix: 'VPC', label: 'VPC networking' },
  { prefix: 'SEC', label: 'Security' },
  { prefix: 'OPS', label: 'Operations' },
  { prefix: 'DEP', label: 'Deployment' },
  { prefix: 'TPL', label: 'Template size' },
];

export function areaOf(ruleId: string): string {
  return RULE_AREAS.find((a) => ruleId.startsWith(a.prefix))?.label ?? 'Other';
}
