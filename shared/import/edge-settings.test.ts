import { describe, expect, it } from 'vitest';
import { SqsMappingConfig, StreamMappingConfig } from '../catalog/connections/configs';
import { mappingSettings, redriveSettings, s3NotificationSettings } from './edge-settings';

describe('mappingSettings', () => {
  it('reads every setting export writes for an SQS queue', () => {
    const settings = mappingSettings({
      BatchSize: 25, MaximumBatchingWindowInSeconds: 5, FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 50 }, Enabled: false, FilterCriteria: { Filters: [{ Pattern: '{"body":{"kind":["order"]}}' }] },
    });
    expect(SqsMappingConfig.parse(settings)).toEqual({
      batchSize: 25, maximumBatchingWindowSeconds: 5, reportBatchItemFailures: true, maximumConcurrency: 50, enabled: false, filterPattern: '{"body":{"kind":["order"]}}',
    });
  });

  it('reads every setting export writes for a stream', () => {
    const settings = mappingSettings({
      StartingPosition: 'trim_horizon', BatchSize: '200', ParallelizationFactor: 4, BisectBatchOnFunctionError: 'true', MaximumRetryAttempts: 3,
      MaximumRecordAgeInSeconds: 3600, TumblingWindowInSeconds: 60, FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
    expect(StreamMappingConfig.parse(settings)).toMatchObject({
      startingPosition: 'TRIM_HORIZON', batchSize: 200, parallelizationFactor: 4, bisectBatchOnFunctionError: true, maximumRetryAttempts: 3,
      maximumRecordAgeInSeconds: 3600, tumblingWindowSeconds: 60, reportBatchItemFailures: true,
    });
  });

  it('leaves out what a design cannot hold, so the defaults stand', () => {
    expect(mappingSettings({
      BatchSize: { Ref: 'BatchSize' }, ParallelizationFactor: 2.5, StartingPosition: 'SOMEWHERE', Enabled: 'maybe',
      FilterCriteria: { Filters: [{ Pattern: '{}' }, { Pattern: '{"a":[1]}' }] }, FunctionResponseTypes: [],
    })).toEqual({ reportBatchItemFailures: false });
    expect(mappingSettings({})).toEqual({});
  });
});

describe('s3NotificationSettings', () => {
  it('reads one event or a list, and the prefix and suffix rules whatever their case', () => {
    expect(s3NotificationSettings('s3:ObjectCreated:*', undefined)).toEqual({ events: ['s3:ObjectCreated:*'] });
    expect(s3NotificationSettings(['s3:ObjectCreated:Put', 's3:ObjectRemoved:*'], { S3Key: { Rules: [{ Name: 'Prefix', Value: 'in/' }, { Name: 'suffix', Value: '.jpg' }] } }))
      .toEqual({ events: ['s3:ObjectCreated:Put', 's3:ObjectRemoved:*'], prefix: 'in/', suffix: '.jpg' });
    expect(s3NotificationSettings({ Ref: 'Event' }, { S3Key: { Rules: [{ Name: 'prefix', Value: { Ref: 'Prefix' } }] } })).toEqual({});
  });
});

describe('redriveSettings', () => {
  it('reads maxReceiveCount', () => {
    expect(redriveSettings({ deadLetterTargetArn: 'arn', maxReceiveCount: 2 })).toEqual({ maxReceiveCount: 2 });
    expect(redriveSettings({ deadLetterTargetArn: 'arn', maxReceiveCount: '3' })).toEqual({ maxReceiveCount: 3 });
    expect(redriveSettings({ deadLetterTargetArn: 'arn' })).toEqual({});
  });
});
