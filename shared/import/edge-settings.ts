import { EDGE_EVENT_TYPES, STARTING_POSITIONS } from '../catalog/connections/configs';
import { defined } from './map-config';
import type { Json } from './parse-template';
import { isJsonObject } from '../model/json-object';

/**
 * Settings of connections from what a template wrote, for the fields the design draws: the inverse
 * of the export's emitters (emit/triggers-polled.ts, emit/triggers-push.ts, emit/triggers-web.ts),
 * so that the rules judge what the template says rather than the defaults. A value the design cannot hold (an intrinsic
 * function, a number that is not whole) is left out, and the default stands.
 */


const whole = (v: unknown): number | undefined => {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  return typeof v === 'string' && /^-?\d+$/.test(v.trim()) ? Number(v) : undefined;
};

const flag = (v: unknown): boolean | undefined => {
  if (typeof v === 'boolean') return v;
  const text = typeof v === 'string' ? v.trim().toLowerCase() : undefined;
  return text === 'true' ? true : text === 'false' ? false : undefined;
};

/** An event source mapping's settings (an AWS::Lambda::EventSourceMapping's properties, or a SAM SQS, Kinesis or DynamoDB event's). */
export function mappingSettings(p: Json): Json {
  const filters = isJsonObject(p.FilterCriteria) && Array.isArray(p.FilterCriteria.Filters) ? p.FilterCriteria.Filters : [];
  const only = filters.length === 1 && isJsonObject(filters[0]) && typeof filters[0].Pattern === 'string' ? filters[0].Pattern : undefined;
  const position = typeof p.StartingPosition === 'string' ? p.StartingPosition.toUpperCase() : undefined;
  return defined({
    batchSize: whole(p.BatchSize),
    maximumBatchingWindowSeconds: whole(p.MaximumBatchingWindowInSeconds),
    reportBatchItemFailures: Array.isArray(p.FunctionResponseTypes) ? p.FunctionResponseTypes.includes('ReportBatchItemFailures') : undefined,
    maximumConcurrency: isJsonObject(p.ScalingConfig) ? whole(p.ScalingConfig.MaximumConcurrency) : undefined,
    enabled: flag(p.Enabled),
    filterPattern: only,
    startingPosition: (STARTING_POSITIONS as readonly string[]).includes(position ?? '') ? position : undefined,
    parallelizationFactor: whole(p.ParallelizationFactor),
    bisectBatchOnFunctionError: flag(p.BisectBatchOnFunctionError),
    maximumRetryAttempts: whole(p.MaximumRetryAttempts),
    maximumRecordAgeInSeconds: whole(p.MaximumRecordAgeInSeconds),
    tumblingWindowSeconds: whole(p.TumblingWindowInSeconds),
  });
}

/** An S3 notification's settings from its events (one or a list) and its filter (`S3Key.Rules` of prefix and suffix). */
export function s3NotificationSettings(events: unknown, filter: unknown): Json {
  const list = (Array.isArray(events) ? events : [events]).filter((e): e is string => typeof e === 'string');
  const rules = isJsonObject(filter) && isJsonObject(filter.S3Key) && Array.isArray(filter.S3Key.Rules) ? filter.S3Key.Rules : [];
  const rule = (name: string) => {
    const found = rules.find((r) => isJsonObject(r) && typeof r.Name === 'string' && r.Name.toLowerCase() === name);
    return isJsonObject(found) && typeof found.Value === 'string' ? found.Value : undefined;
  };
  return defined({ events: list.length > 0 ? list : undefined, prefix: rule('prefix'), suffix: rule('suffix') });
}

/** A queue's RedrivePolicy: how many receives before a message moves to the dead-letter queue. */
export function redriveSettings(policy: Json): Json {
  return defined({ maxReceiveCount: whole(policy.maxReceiveCount) });
}

/**
 * A load balancer's target: the listener rule's priority and path pattern (none for a listener's
 * default action, which takes every path) and the target group's multi-value headers attribute.
 */
export function albTargetSettings(rule: Json | undefined, targetGroup: Json): Json {
  const conditions = Array.isArray(rule?.Conditions) ? rule.Conditions : [];
  const path = conditions.find((c) => isJsonObject(c) && c.Field === 'path-pattern');
  const values = isJsonObject(path) ? (isJsonObject(path.PathPatternConfig) ? path.PathPatternConfig.Values : path.Values) : undefined;
  const attributes = Array.isArray(targetGroup.TargetGroupAttributes) ? targetGroup.TargetGroupAttributes : [];
  const multiValue = attributes.find((a) => isJsonObject(a) && a.Key === 'lambda.multi_value_headers.enabled');
  return defined({
    priority: whole(rule?.Priority),
    pathPattern: Array.isArray(values) && typeof values[0] === 'string' ? values[0] : undefined,
    multiValueHeaders: isJsonObject(multiValue) ? flag(multiValue.Value) : undefined,
  });
}

/** A CloudFront association (LambdaFunctionAssociations or FunctionAssociations): the event that runs the function, and IncludeBody. */
export function edgeTriggerSettings(association: Json): Json {
  const eventType = (EDGE_EVENT_TYPES as readonly unknown[]).includes(association.EventType) ? association.EventType : undefined;
  return defined({ eventType, includeBody: flag(association.IncludeBody) });
}
