import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  BackupWrite,
  DocumentKey,
  ipcContract,
  isRendererEventName,
  listMethods,
  MAX_DESIGN_BYTES,
  rendererEvents,
  SaveRequest,
  SuggestedName,
  type DesignerApi,
  type OpenResult,
} from './contract';

describe('IPC contract', () => {
  it('names every invoke channel app:<namespace>.<method>, each once', () => {
    const channels = listMethods().map((m) => m.channel);
    expect(new Set(channels).size).toBe(channels.length);
    for (const channel of channels) expect(channel).toMatch(/^app:[a-z]+\.[a-zA-Z]+$/);
    expect(channels).toContain('app:design.save');
    expect(channels).toContain('app:backup.pending');
    expect(channels).toContain('app:shell.openExternal');
    expect(channels).toHaveLength(Object.values(ipcContract).reduce((n, ns) => n + Object.keys(ns).length, 0));
  });

  it('keeps event names apart from invoke channels', () => {
    const channels = new Set(listMethods().map((m) => m.channel));
    for (const event of Object.keys(rendererEvents)) {
      expect(event).toMatch(/^(menu|file|app):[a-zA-Z]+$/);
      expect(channels.has(event)).toBe(false);
    }
    expect(isRendererEventName('menu:save')).toBe(true);
    expect(isRendererEventName('toString')).toBe(false);
    expect(isRendererEventName('app:design.save')).toBe(false);
  });

  it('refuses extra keys, wrong types and oversized text in a save', () => {
    expect(SaveRequest.safeParse({ text: '{}', path: '/tmp/a.lambda.json', expectedMtimeMs: 1 }).success).toBe(true);
    expect(SaveRequest.safeParse({ text: '{}', evil: true }).success).toBe(false);
    expect(SaveRequest.safeParse({ text: 42 }).success).toBe(false);
    expect(SaveRequest.safeParse({ text: 'x'.repeat(MAX_DESIGN_BYTES + 1) }).success).toBe(false);
    expect(SaveRequest.safeParse({ text: '{}', path: '/tmp/a\0b' }).success).toBe(false);
    expect(SaveRequest.safeParse({ text: '{}', expectedHash: 'not-a-hash' }).success).toBe(false);
  });

  it('allows only plain file names as suggested names', () => {
    for (const good of ['orders.lambda.json', 'My design (2).yaml', 'a']) expect(SuggestedName.safeParse(good).success).toBe(true);
    for (const bad of ['../x.json', 'a/b.json', 'a\\b.json', 'C:x', '..', '.', '', 'a\nb', 'x'.repeat(256)]) expect(SuggestedName.safeParse(bad).success, bad).toBe(false);
  });

  it('keeps document keys safe to use as file names', () => {
    expect(DocumentKey.safeParse('0b6c1f9e-3a63-4c1e-9d7e-0d5c2b8b1a11').success).toBe(true);
    for (const bad of ['../../etc/passwd', 'a.json', '', 'a b', 'x'.repeat(101)]) expect(DocumentKey.safeParse(bad).success, bad).toBe(false);
    expect(BackupWrite.safeParse({ documentKey: 'k1', text: '{}', name: 'Orders' }).success).toBe(true);
    expect(BackupWrite.safeParse({ documentKey: 'k1', text: '{}', name: 'Orders', extra: 1 }).success).toBe(false);
  });

  it('derives the window.designer type from the schemas', () => {
    expectTypeOf<DesignerApi['design']['open']>().toEqualTypeOf<() => Promise<OpenResult>>();
    expectTypeOf<Parameters<DesignerApi['design']['openPath']>>().toEqualTypeOf<[string]>();
    expectTypeOf<Parameters<DesignerApi['backup']['discard']>>().toEqualTypeOf<[string]>();
    expectTypeOf<ReturnType<DesignerApi['shell']['openExternal']>>().toEqualTypeOf<Promise<boolean>>();
    expectTypeOf<Parameters<DesignerApi['on']>[0]>().toEqualTypeOf<keyof typeof rendererEvents>();
  });
});
