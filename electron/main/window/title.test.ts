import { describe, expect, it } from 'vitest';
import { aboutText } from './about';
import { windowTitle } from './title';

describe('window title', () => {
  it('names the file and marks unsaved changes', () => {
    expect(windowTitle({ fileName: 'orders.lambda.json', dirty: false })).toBe('orders.lambda.json — Lambda Designer');
    expect(windowTitle({ fileName: 'orders.lambda.json', dirty: true })).toBe('• orders.lambda.json — Lambda Designer');
    expect(windowTitle(null)).toBe('Lambda Designer');
  });
});

describe('About box', () => {
  it('shows the app, Electron, Chrome and Node versions', () => {
    const text = aboutText({ name: 'Lambda Designer', version: '0.1.0', electron: '45.4.1', chrome: '140.0.7339.41', node: '22.19.0', v8: '14.0', platform: 'linux x64' });
    expect(text.message).toBe('Lambda Designer 0.1.0');
    expect(text.detail).toContain('Electron 45.4.1');
    expect(text.detail).toContain('Chrome 140.0.7339.41');
    expect(text.detail).toContain('Node.js 22.19.0');
  });
});
