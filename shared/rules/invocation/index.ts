import type { RuleDefinition } from '../define-rule';
import { asyncEventAgeRange } from './async-event-age-range';
import { asyncFailurePath } from './async-failure-path';
import { asyncRetryRange } from './async-retry-range';
import { bucketTriggerVersioning } from './bucket-trigger-versioning';
import { deadLetterWithQueueTrigger } from './dead-letter-with-queue-trigger';
import { destinationsNeedAsync } from './destinations-need-async';
import { fifoTopicFunctionSubscription } from './fifo-topic-function-subscription';
import { preferOnFailureDestination } from './prefer-on-failure-destination';

/** The invocation rules, by id. */
export const INVOCATION_RULES: readonly RuleDefinition[] = [
  asyncRetryRange,
  asyncEventAgeRange,
  destinationsNeedAsync,
  deadLetterWithQueueTrigger,
  asyncFailurePath,
  preferOnFailureDestination,
  fifoTopicFunctionSubscription,
  bucketTriggerVersioning,
];
