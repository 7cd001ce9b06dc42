import { describe, expect, it } from 'vitest';
import { renameNode } from '../model/edits/rename-node';
import { updateNodeConfig } from '../model/edits/update-config';
import { createNode, emptyDesign } from '../model/new-design';
import { assignNodeIds, LogicalIds, pascalCase, upperSnakeCase } from './logical-ids';

function designWith(...nodes: [kind: string, id: string, name: string][]) {
  const design = emptyDesign();
  for (const [kind, id, name] of nodes) design.nodes.push(createNode(design, kind, { id, name }));
  return design;
}

describe('logical ids', () => {
  it('turns names into PascalCase alphanumerics', () => {
    expect(pascalCase('Thumbnail function')).toBe('ThumbnailFunction');
    expect(pascalCase('orders-api v2')).toBe('OrdersApiV2');
    expect(pascalCase('Café résumé (EU)')).toBe('CafeResumeEU');
    expect(upperSnakeCase('Orders table')).toBe('ORDERS_TABLE');
    expect(upperSnakeCase('ordersTable')).toBe('ORDERS_TABLE');
  });

  it('derives each node’s id from its name', () => {
    const ids = assignNodeIds(designWith(['lambda-function', 'fn', 'Thumbnail function'], ['s3-bucket', 'b', 'Uploads']));
    expect(Object.fromEntries(ids)).toEqual({ fn: 'ThumbnailFunction', b: 'Uploads' });
  });

  it('gives every node whose name collides a suffix from its node id, whatever the order', () => {
    const a = designWith(['sqs-queue', 'jobs-1', 'Jobs'], ['sqs-queue', 'jobs-2', 'Jobs'], ['sns-topic', 't', 'Topic']);
    const b = { ...a, nodes: [...a.nodes].reverse() };
    expect(Object.fromEntries(assignNodeIds(a))).toEqual({ 'jobs-1': 'JobsJobs1', 'jobs-2': 'JobsJobs2', t: 'Topic' });
    expect(assignNodeIds(b)).toEqual(assignNodeIds(a));
  });

  it('reuses the last ids after an edit that changes no name, and follows a rename at once', () => {
    const design = designWith(['lambda-function', 'fn', 'Worker'], ['sqs-queue', 'q', 'Jobs']);
    const first = assignNodeIds(design);
    const tuned = updateNodeConfig(design, ['fn'], ['memorySize'], 2048);
    expect(assignNodeIds(tuned)).toBe(first);
    const renamed = renameNode(tuned, 'q', 'Orders');
    expect(Object.fromEntries(assignNodeIds(renamed))).toEqual({ fn: 'Worker', q: 'Orders' });
    // A node renamed to collide with another: both take suffixes, the earlier answer is not reused.
    const clash = renameNode(renamed, 'q', 'Worker');
    expect(Object.fromEntries(assignNodeIds(clash))).toEqual({ fn: 'WorkerFn', q: 'WorkerQ' });
  });

  it('starts with a letter and never comes out empty', () => {
    const ids = assignNodeIds(designWith(['lambda-function', 'f3', '3D renderer'], ['sqs-queue', 'q', '—']));
    expect(ids.get('f3')).toBe('Function3DRenderer');
    expect(ids.get('q')).toBe('QueueQ');
  });

  it('keeps clear of ids that SAM and the exporter derive from function ids', () => {
    const ids = assignNodeIds(designWith(['lambda-function', 'fn', 'Worker'], ['security-group', 'sg', 'Worker role'], ['sns-topic', 'api', 'Serverless rest api']));
    expect(ids.get('sg')).toBe('WorkerRoleSg');
    expect(ids.get('api')).toBe('ServerlessRestApiApi');
  });

  it('numbers derived ids that are already taken', () => {
    const ids = new LogicalIds(new Set(['OrdersRole']));
    expect(ids.derive('Orders', 'Role')).toBe('OrdersRole2');
    expect(ids.derive('Orders', 'Queue')).toBe('OrdersQueue');
    expect(ids.derive('Orders', 'Queue')).toBe('OrdersQueue2');
  });
});
