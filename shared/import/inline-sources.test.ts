import { describe, expect, it } from 'vitest';
import { importTemplate } from './import-template';

const TEMPLATE = `Transform: AWS::Serverless-2016-10-31
Resources:
  Worker:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: app.handler
      CodeUri: src/
      Events:
        Nightly:
          Type: Schedule
          Properties: { Schedule: cron(0 3 * * ? *) }
        Hourly:
          Type: ScheduleV2
          Properties:
            ScheduleExpression: rate(1 hour)
            ScheduleExpressionTimezone: Europe/Paris
            FlexibleTimeWindow: { Mode: FLEXIBLE, MaximumWindowInMinutes: 15 }
        Orders:
          Type: EventBridgeRule
          Properties:
            Pattern: { source: [shop.orders] }
            State: DISABLED
`;

describe('event sources SAM writes inside a function', () => {
  const result = importTemplate(TEMPLATE, 'worker.yaml');
  if (!result.ok) throw new Error('does not import');
  const config = (id: string) => result.design.nodes.find((n) => n.id === id)?.config;

  it('are drawn with the schedule the event gives, and which EventBridge service runs it', () => {
    expect(config('WorkerNightly')).toMatchObject({ scheduleExpression: 'cron(0 3 * * ? *)', engine: 'events-rule' });
    expect(config('WorkerHourly')).toMatchObject({ scheduleExpression: 'rate(1 hour)', timezone: 'Europe/Paris', flexibleWindowMinutes: 15, engine: 'scheduler' });
  });

  it('are drawn with the rule’s pattern and state', () => {
    expect(config('WorkerOrders')).toMatchObject({ state: 'DISABLED' });
    expect(JSON.parse(String((config('WorkerOrders') as { eventPattern: string }).eventPattern))).toEqual({ source: ['shop.orders'] });
  });
});
