import { z } from 'zod';

/**
 * What a connection means. The pair of kinds decides which meanings fit; the meaning decides how
 * the edge looks, what the rules reason about and what the exporter emits.
 */
export const Meaning = z.enum([
  'invoke-sync',
  'invoke-async',
  'event-source-mapping',
  'on-success',
  'on-failure',
  'dead-letter',
  'access',
  'uses-layer',
  'network-attach',
  'route',
  'proxy-target',
  'mount',
  'subscription',
  'part-of',
]);
export type Meaning = z.infer<typeof Meaning>;

export interface MeaningInfo {
  label: string;
  /** One line for the legend. */
  description: string;
  /** Visual family the canvas styles by. */
  style: 'sync' | 'async' | 'polled' | 'success' | 'failure' | 'data' | 'structure';
}

export const MEANINGS: Record<Meaning, MeaningInfo> = {
  'invoke-sync': { label: 'Invokes (sync)', description: 'The caller waits for the function’s answer.', style: 'sync' },
  'invoke-async': { label: 'Invokes (async)', description: 'Lambda queues the event and retries on error.', style: 'async' },
  'event-source-mapping': { label: 'Polled by', description: 'Lambda polls the queue or stream and invokes in batches.', style: 'polled' },
  'on-success': { label: 'On success', description: 'Destination for successful asynchronous invocations.', style: 'success' },
  'on-failure': { label: 'On failure', description: 'Destination for failed asynchronous invocations.', style: 'failure' },
  'dead-letter': { label: 'Dead-letter queue', description: 'Where failed asynchronous events go after retries.', style: 'failure' },
  access: { label: 'Reads / writes', description: 'Data access: becomes least-privilege IAM and an environment variable.', style: 'data' },
  'uses-layer': { label: 'Uses layer', description: 'The function loads this layer.', style: 'structure' },
  'network-attach': { label: 'Attached to', description: 'The function’s ENIs use this subnet or security group.', style: 'structure' },
  route: { label: 'Routes through', description: 'The subnet’s route table sends traffic here.', style: 'structure' },
  'proxy-target': { label: 'Proxies', description: 'The RDS Proxy pools connections to this database.', style: 'structure' },
  mount: { label: 'Mounts', description: 'The function mounts this EFS access point.', style: 'data' },
  subscription: { label: 'Delivers to', description: 'A topic subscription or an event bus rule: messages flow on.', style: 'async' },
  'part-of': { label: 'Part of', description: 'This piece belongs to the target (an access point of a file system).', style: 'structure' },
};
