import { describe, expect, it } from 'vitest';
import { RendererEvents } from './renderer-events';

function target() {
  const sent: Array<[string, ...unknown[]]> = [];
  let destroyed = false;
  return {
    sent,
    destroy: () => (destroyed = true),
    port: { send: (channel: string, ...args: unknown[]) => sent.push([channel, ...args]), isDestroyed: () => destroyed },
  };
}

describe('RendererEvents', () => {
  it('holds files to open until the page listens, and drops menu commands meanwhile', () => {
    const t = target();
    const events = new RendererEvents(t.port);
    expect(events.send('file:openRequested', { path: '/tmp/a.lambda.json' })).toBe(true);
    expect(events.send('menu:save')).toBe(false);
    expect(t.sent).toEqual([]);
    events.markReady();
    expect(t.sent).toEqual([['file:openRequested', { path: '/tmp/a.lambda.json' }]]);
    events.send('menu:save');
    events.send('menu:exportPicture', { format: 'svg' });
    expect(t.sent.slice(1)).toEqual([['menu:save'], ['menu:exportPicture', { format: 'svg' }]]);
  });

  it('starts over when the page reloads', () => {
    const t = target();
    const events = new RendererEvents(t.port);
    events.markReady();
    events.reset();
    expect(events.isReady).toBe(false);
    expect(events.send('menu:new')).toBe(false);
    expect(t.sent).toEqual([]);
  });

  it('refuses a payload the contract does not allow, and sends nothing to a closed window', () => {
    const t = target();
    const events = new RendererEvents(t.port);
    events.markReady();
    expect(() => events.send('menu:exportPicture', { format: 'gif' } as never)).toThrow();
    t.destroy();
    expect(events.send('menu:new')).toBe(false);
    expect(t.sent).toEqual([]);
  });
});
