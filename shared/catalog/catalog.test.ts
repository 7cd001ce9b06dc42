import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Meaning } from '../model/meaning';
import { CATEGORIES } from './define-kind';
import { KINDS, getKind } from './registry';

const iconsDir = join(dirname(createRequire(import.meta.url).resolve('aws-icons/package.json')), 'icons');

describe('component catalog', () => {
  it('has unique kebab-case ids', () => {
    const ids = KINDS.map((k) => k.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  });

  it('covers every category the palette groups by', () => {
    for (const category of CATEGORIES) expect(KINDS.some((k) => k.categories.includes(category))).toBe(true);
  });

  it.each(KINDS.map((k) => [k.id, k] as const))('%s is complete: icon file, defaults, connections, containers', (_id, kind) => {
    expect(existsSync(join(iconsDir, kind.icon)), `icon ${kind.icon}`).toBe(true);
    expect(kind.label.length).toBeGreaterThan(2);
    expect(kind.description.length).toBeGreaterThan(10);
    if (kind.id !== 'generic-resource') expect(kind.cfnTypes.length).toBeGreaterThan(0); // generic-resource stands for every other type
    // Every setting has a default or is optional: a new node needs nothing from the user.
    expect(() => kind.config.parse({})).not.toThrow();
    for (const connection of kind.connections) {
      expect(Meaning.options).toContain(connection.meaning);
      for (const target of connection.to) expect(getKind(target), `${kind.id} → ${target}`).toBeDefined();
      if (connection.config) expect(() => connection.config?.parse({})).not.toThrow();
    }
    for (const parent of kind.parents ?? []) expect(getKind(parent)?.container, `${kind.id} inside ${parent}`).toBeDefined();
  });

  it('documents every setting with help text', () => {
    for (const kind of KINDS) {
      for (const [field, schema] of Object.entries(kind.config.shape)) {
        const meta = (schema as { meta: () => { description?: string } | undefined }).meta();
        expect(meta?.description, `${kind.id}.${field}`).toBeTruthy();
      }
    }
  });

  it('uses AWS defaults for the Lambda function', () => {
    const config = getKind('lambda-function')!.config.parse({});
    expect(config).toMatchObject({ memorySize: 128, timeout: 3, ephemeralStorage: 512, architecture: 'x86_64', packageType: 'Zip', tracing: 'PassThrough' });
    expect(config).toMatchObject({ asyncInvoke: { maximumRetryAttempts: 2, maximumEventAgeInSeconds: 21600 } });
  });
});
