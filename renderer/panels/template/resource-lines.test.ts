import { describe, expect, it } from 'vitest';
import { resourceLineRanges } from './resource-lines';

const yaml = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Queue:
    Type: AWS::SQS::Queue

  Worker:
    Type: AWS::Serverless::Function
    Properties:
      Handler: index.handler
Outputs:
  WorkerArn:
    Value: x
`;

const json = `{
  "Resources": {
    "Queue": {
      "Type": "AWS::SQS::Queue"
    },
    "Worker": {
      "Type": "AWS::Lambda::Function"
    }
  },
  "Outputs": {
    "Queue": {}
  }
}`;

describe('resourceLineRanges', () => {
  it('finds resources in YAML, up to their last non-empty line, not in Outputs', () => {
    expect(resourceLineRanges(yaml, 'yaml', ['Worker', 'WorkerArn'])).toEqual([{ logicalId: 'Worker', startLine: 6, endLine: 9 }]);
    expect(resourceLineRanges(yaml, 'yaml', ['Queue'])).toEqual([{ logicalId: 'Queue', startLine: 3, endLine: 4 }]);
  });

  it('finds resources in JSON', () => {
    expect(resourceLineRanges(json, 'json', ['Queue', 'Worker'])).toEqual([
      { logicalId: 'Queue', startLine: 3, endLine: 5 },
      { logicalId: 'Worker', startLine: 6, endLine: 8 },
    ]);
  });
});
