import { describe, expect, it } from 'vitest';
import type { Design } from '../design';
import { parseDesignObject } from '../load-design';
import { createEdge, createNode, emptyDesign } from '../new-design';
import { settingSchemaAt, updateDesignSettings, updateEdgeConfig, updateNodeConfig } from './update-config';
import { getKind } from '../../catalog/registry';

function sample(): Design {
  const d = emptyDesign();
  d.nodes.push(createNode(d, 's3-bucket', { id: 'uploads' }));
  d.nodes.push(createNode(d, 'lambda-function', { id: 'fn', config: { memorySize: 1024, environment: { STAGE: 'prod' } } }));
  d.nodes.push(createNode(d, 'lambda-function', { id: 'fn2' }));
  d.nodes.push(createNode(d, 'sqs-queue', { id: 'q' }));
  d.edges.push(createEdge(d, 'uploads', 'fn', 'invoke-async', {}, 'notify'));
  d.edges.push(createEdge(d, 'fn', 'q', 'on-failure', {}, 'failures'));
  return d;
}

const config = (d: Design, id: string) => d.nodes.find((n) => n.id === id)!.config as Record<string, unknown>;
const valid = (d: Design) => expect(parseDesignObject(d)).toMatchObject({ ok: true });

describe('settingSchemaAt', () => {
  const schema = getKind('lambda-function')!.config;
  it('follows groups and key/value maps, and knows when a path leads nowhere', () => {
    expect(settingSchemaAt(schema, ['functionUrl', 'authType'])?.safeParse(undefined).data).toBe('AWS_IAM');
    expect(settingSchemaAt(schema, ['environment', 'ANY_KEY'])?.safeParse('x').success).toBe(true);
    expect(settingSchemaAt(schema, ['memorySize', 'deeper'])).toBeUndefined();
    expect(settingSchemaAt(schema, ['noSuchSetting'])).toBeUndefined();
  });
});

describe('updateNodeConfig', () => {
  it('sets a setting on every listed node at once, leaving the original design untouched', () => {
    const d = sample();
    const next = updateNodeConfig(d, ['fn', 'fn2'], ['timeout'], 30);
    expect(config(next, 'fn').timeout).toBe(30);
    expect(config(next, 'fn2').timeout).toBe(30);
    expect(config(d, 'fn').timeout).toBe(3);
    expect(next.nodes.find((n) => n.id === 'uploads')).toBe(d.nodes.find((n) => n.id === 'uploads'));
    valid(next);
  });

  it('keeps out-of-range numbers (the rules engine explains them) but refuses values of the wrong type', () => {
    const d = sample();
    expect(config(updateNodeConfig(d, ['fn'], ['memorySize'], 20000), 'fn').memorySize).toBe(20000);
    expect(updateNodeConfig(d, ['fn'], ['memorySize'], 'lots')).toBe(d);
    expect(updateNodeConfig(d, ['fn'], ['memorySize'], 12.5)).toBe(d);
    expect(updateNodeConfig(d, ['fn'], ['architecture'], 'sparc')).toBe(d);
    expect(updateNodeConfig(d, ['fn'], ['noSuchSetting'], 1)).toBe(d);
  });

  it('returns the same design when nothing changes or the nodes do not exist', () => {
    const d = sample();
    expect(updateNodeConfig(d, ['fn'], ['memorySize'], 1024)).toBe(d);
    expect(updateNodeConfig(d, ['missing'], ['memorySize'], 2048)).toBe(d);
    expect(updateNodeConfig(d, [], ['memorySize'], 2048)).toBe(d);
  });

  it('given undefined, puts a setting back to its default or removes an optional one', () => {
    let d = updateNodeConfig(sample(), ['fn'], ['reservedConcurrency'], 5);
    expect(config(d, 'fn').reservedConcurrency).toBe(5);
    d = updateNodeConfig(d, ['fn'], ['reservedConcurrency'], undefined);
    expect('reservedConcurrency' in config(d, 'fn')).toBe(false);
    d = updateNodeConfig(d, ['fn'], ['memorySize'], undefined);
    expect(config(d, 'fn').memorySize).toBe(128);
    d = updateNodeConfig(d, ['fn'], ['functionUrl', 'authType'], 'NONE');
    d = updateNodeConfig(d, ['fn'], ['functionUrl'], undefined);
    expect(config(d, 'fn').functionUrl).toEqual({ enabled: false, authType: 'AWS_IAM', corsAllowOrigins: [], invokeMode: 'BUFFERED' });
    valid(d);
  });

  it('edits nested groups, string lists and single environment variables', () => {
    let d = updateNodeConfig(sample(), ['fn'], ['asyncInvoke', 'maximumRetryAttempts'], 0);
    d = updateNodeConfig(d, ['fn'], ['functionUrl', 'corsAllowOrigins'], ['https://example.com']);
    d = updateNodeConfig(d, ['fn', 'fn2'], ['environment', 'TABLE'], 'images');
    expect(config(d, 'fn')).toMatchObject({
      asyncInvoke: { maximumRetryAttempts: 0, maximumEventAgeInSeconds: 21600 },
      functionUrl: { corsAllowOrigins: ['https://example.com'] },
      environment: { STAGE: 'prod', TABLE: 'images' },
    });
    expect(config(d, 'fn2').environment).toEqual({ TABLE: 'images' });
    d = updateNodeConfig(d, ['fn'], ['environment', 'STAGE'], undefined);
    expect(config(d, 'fn').environment).toEqual({ TABLE: 'images' });
    expect(updateNodeConfig(d, ['fn'], ['environment', 'TABLE'], 42)).toBe(d);
    valid(d);
  });
});

describe('updateEdgeConfig', () => {
  it('reads the schema from the connection spec of the pair of kinds and meaning', () => {
    const d = sample();
    const next = updateEdgeConfig(d, 'notify', ['suffix'], '.jpg');
    expect(next.edges[0]?.config).toMatchObject({ suffix: '.jpg', events: ['s3:ObjectCreated:*'] });
    expect(updateEdgeConfig(next, 'notify', ['events'], ['s3:ObjectRemoved:*']).edges[0]?.config.events).toEqual(['s3:ObjectRemoved:*']);
    expect(updateEdgeConfig(next, 'notify', ['suffix'], undefined).edges[0]?.config.suffix).toBe('');
    valid(next);
  });

  it('refuses unknown edges, settings the connection does not have and values of the wrong type', () => {
    const d = sample();
    expect(updateEdgeConfig(d, 'missing', ['suffix'], '.jpg')).toBe(d);
    expect(updateEdgeConfig(d, 'failures', ['suffix'], '.jpg')).toBe(d);
    expect(updateEdgeConfig(d, 'notify', ['events'], 's3:ObjectCreated:*')).toBe(d);
    expect(updateEdgeConfig(d, 'notify', ['suffix'], '')).toBe(d);
  });
});

describe('updateDesignSettings', () => {
  it('changes name, description, region and limit, and nothing else', () => {
    const d = sample();
    const next = updateDesignSettings(d, { name: '  Thumbnails  ', description: 'Resizes images', region: 'eu-west-1', accountConcurrencyLimit: 3000 });
    expect(next).toMatchObject({ name: 'Thumbnails', description: 'Resizes images', settings: { region: 'eu-west-1', accountConcurrencyLimit: 3000 } });
    expect(next.nodes).toBe(d.nodes);
    expect(d.settings.region).toBe('us-east-1');
    valid(next);
  });

  it('ignores values that would not load, and returns the same design when nothing changes', () => {
    const d = sample();
    expect(updateDesignSettings(d, { name: '   ' })).toBe(d);
    expect(updateDesignSettings(d, { region: 'Frankfurt' })).toBe(d);
    expect(updateDesignSettings(d, { accountConcurrencyLimit: 0 })).toBe(d);
    expect(updateDesignSettings(d, { accountConcurrencyLimit: 10.5 })).toBe(d);
    expect(updateDesignSettings(d, { name: d.name, region: 'us-east-1', accountConcurrencyLimit: 1000 })).toBe(d);
  });

  it('given undefined, puts region and limit back to their defaults', () => {
    const changed = updateDesignSettings(sample(), { region: 'us-gov-west-1', accountConcurrencyLimit: 50 });
    expect(changed.settings).toEqual({ region: 'us-gov-west-1', accountConcurrencyLimit: 50 });
    expect(updateDesignSettings(changed, { region: undefined, accountConcurrencyLimit: undefined }).settings).toEqual({ region: 'us-east-1', accountConcurrencyLimit: 1000 });
  });
});
