/**
 * The AWS service a function's code calls when it uses a component, named as VPC endpoints name
 * it (com.amazonaws.<region>.<service>). Components inside the VPC (databases, proxies, file
 * systems) need no route to a service endpoint.
 */
export const SERVICE_OF_KIND: Readonly<Record<string, string>> = {
  's3-bucket': 's3',
  'dynamodb-table': 'dynamodb',
  'sqs-queue': 'sqs',
  'sns-topic': 'sns',
  'kinesis-stream': 'kinesis-streams',
  'eventbridge-bus': 'events',
  'step-functions': 'states',
  secret: 'secretsmanager',
  'ssm-parameter': 'ssm',
  'lambda-function': 'lambda',
};

/** Services with gateway endpoints (free, attached to route tables); every other one has interface endpoints. */
export const GATEWAY_ENDPOINT_SERVICES: ReadonlySet<string> = new Set(['s3', 'dynamodb']);
