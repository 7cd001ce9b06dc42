import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { loadDesign } from '../../../shared/model/load-design';
import { updateDesignSettings, updateNodeConfig } from '../../../shared/model/edits/update-config';
import { createNode } from '../../../shared/model/new-design';
import type { Design } from '../../../shared/model/design';
import { moveNodes } from '../../../shared/model/edits/move-nodes';
import type * as StoreModule from '../../state/store';
import type { DesignerState } from '../../state/store';
import { Inspector } from './Inspector';

// Monaco needs a browser and the icons a Vite plugin: stand-ins that show what they were given.
vi.mock('../../editor/lazy-editors', () => ({
  MonacoPane: (p: { value: string; language: string; testId?: string }) => <div className="monaco-stub" data-language={p.language} data-testid={p.testId}>{p.value}</div>,
}));
vi.mock('../../canvas/icons', () => ({ iconUrl: () => undefined }));
// Server rendering reads a zustand store's initial state only: the test hands the form its state directly,
// and notes each selector the render subscribed with and what it returned.
type Subscription = { select: (s: typeof store.state) => unknown; value: unknown };
const store = vi.hoisted(() => ({ state: {} as Pick<DesignerState, 'design' | 'selection' | 'openCount'>, subscriptions: [] as Subscription[] }));
vi.mock('../../state/store', () => ({
  useDesigner: Object.assign(
    (select: (s: typeof store.state) => unknown) => {
      const value = select(store.state);
      store.subscriptions.push({ select, value });
      return value;
    },
    { getState: () => store.state },
  ),
}));

function starter(): Design {
  const loaded = loadDesign(readFileSync(new URL('../../../templates/serverless-thumbnail-pipeline.lambda.json', import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error('starter did not load');
  return loaded.design;
}

function show(design: Design, nodes: string[], edges: string[] = []): string {
  store.state = { design, selection: { nodes, edges }, openCount: 1 };
  return render();
}

function render(): string {
  store.subscriptions = [];
  return renderToStaticMarkup(<Inspector theme="light" />);
}

/**
 * Renders the inspector over the real store, runs the actions on that store and counts the renders they
 * cause: as zustand does, a render each time a selector the last render subscribed with returns
 * something else (by Object.is) after an action.
 */
async function rendersDuring(nodes: string[], edges: string[], actions: Array<(state: DesignerState) => void>): Promise<number> {
  const { useDesigner } = await vi.importActual<typeof StoreModule>('../../state/store');
  useDesigner.getState().openDesign(starter(), { name: 'Starter', path: null });
  useDesigner.getState().select({ nodes, edges });
  store.state = useDesigner.getState();
  render();
  let renders = 0;
  for (const action of actions) {
    action(useDesigner.getState());
    store.state = useDesigner.getState();
    if (store.subscriptions.some((s) => !Object.is(s.select(store.state), s.value))) {
      renders++;
      render();
    }
  }
  return renders;
}

/** Five mouse moves of a drag of one component, and its end. */
const drag = (id: string) => [
  ...[1, 2, 3, 4, 5].map((step) => (s: DesignerState) => s.preview((d) => moveNodes(d, [{ id, position: { x: step * 10, y: step * 10 } }]))),
  (s: DesignerState) => s.endGesture(),
];

/** The opening tag of the element with this id. */
function tag(html: string, id: string): string {
  const match = new RegExp(`<[a-z]+ [^>]*id="${id}"[^>]*>`).exec(html);
  if (!match) throw new Error(`no element #${id}`);
  return match[0];
}
/** The opening tag of the input with this aria-label. */
function labelled(html: string, label: string): string {
  const match = new RegExp(`<input [^>]*aria-label="${label.replace(/[()*]/g, '\\$&')}"[^>]*>`).exec(html);
  if (!match) throw new Error(`no input labelled ${label}`);
  return match[0];
}
const attr = (openingTag: string, name: string) => new RegExp(` ${name}="([^"]*)"`).exec(openingTag)?.[1];
const labelFor = (html: string, id: string) => new RegExp(`<label for="${id}"[^>]*>([^<]*)</label>`).exec(html)?.[1];
/** The markup of the field whose data-field is `path`, up to the next field. */
const fieldMarkup = (html: string, path: string) => html.slice(html.indexOf(`data-field="${path}"`)).split('data-field=')[1] ?? '';

describe('Inspector', () => {
  it('shows a function’s settings generated from its schema: labels with units, values, defaults, ranges, help', () => {
    const html = show(starter(), ['thumbnailer']);
    expect(html).toContain('data-testid="inspector"');
    expect(html).toContain('<h3>Lambda function</h3>');
    expect(attr(tag(html, 'inspector-node-name'), 'value')).toBe('Thumbnail function');
    expect(labelFor(html, 'inspector-node-memorySize')).toBe('Memory (MB)');
    expect(attr(tag(html, 'inspector-node-memorySize'), 'value')).toBe('1024');
    expect(labelFor(html, 'inspector-node-timeout')).toBe('Timeout (s)');
    const memory = fieldMarkup(html, 'memorySize');
    expect(memory).toContain('Memory; CPU grows with it');
    expect(memory).toContain('Range 128–10,240 MB · Default: 128');
    expect(memory).toContain('aria-label="Reset Memory (MB) to default"');
    expect(html).toMatch(/class="field field-integer is-changed" data-field="memorySize"/);
    expect(html).toMatch(/class="field field-integer" data-field="ephemeralStorage"/);
    expect(fieldMarkup(html, 'ephemeralStorage')).not.toContain('Reset');
    expect(attr(tag(html, 'inspector-node-reservedConcurrency'), 'placeholder')).toBe('default: not set');
  });

  it('generates selects, checkboxes, suggestions, fieldsets, the variables table and code editors', () => {
    const html = show(starter(), ['thumbnailer']);
    expect(html).toMatch(/<select id="inspector-node-architecture"[^>]*>.*<option value="arm64" selected="">arm64<\/option>/);
    expect(tag(html, 'inspector-node-lambdaEdge')).toContain('type="checkbox"');
    expect(attr(tag(html, 'inspector-node-runtime'), 'list')).toBe('inspector-node-runtime-options');
    expect(html).toContain('<option value="python3.13">');
    for (const group of ['Function URL', 'Asynchronous invocation', 'Deployment preference', 'Package size', 'Traffic']) expect(html).toContain(group);
    expect(html.match(/<fieldset/g)).toHaveLength(5);
    expect(labelFor(html, 'inspector-node-traffic-averageDurationMs')).toBe('Average duration (ms)');
    expect(labelFor(html, 'inspector-node-functionUrl-enabled')).toBe('Enabled');
    expect(html).toContain('aria-label="Add variable"');
    expect(html).toContain('aria-label="Add to CORS allow origins"');
    // Empty code settings wait for a click before opening an editor.
    expect(html).toMatch(/<button type="button" class="add-button" id="inspector-node-inlineCode"[^>]*>Write inline code…<\/button>/);
    expect(html).not.toContain('monaco-stub');
  });

  it('edits code in Monaco: inline code in the language of the runtime, policies as JSON', () => {
    let design = updateNodeConfig(starter(), ['thumbnailer'], ['inlineCode'], 'def handler(event, context):\n    return event\n');
    design = updateNodeConfig(design, ['thumbnailer'], ['policyStatements'], '[]');
    const html = show(design, ['thumbnailer']);
    expect(html).toContain('data-language="python" data-testid="code-inlineCode">def handler(event, context)');
    expect(html).toContain('data-language="json" data-testid="code-policyStatements">[]');
    expect(show(updateNodeConfig(design, ['thumbnailer'], ['runtime'], 'nodejs24.x'), ['thumbnailer'])).toContain('data-language="javascript" data-testid="code-inlineCode"');
  });

  it('lists environment variables as rows of name and value', () => {
    const design = updateNodeConfig(starter(), ['thumbnailer'], ['environment'], { THUMB_SIZE: '256', BUCKET: 'thumbs' });
    const html = show(design, ['thumbnailer']);
    expect(attr(labelled(html, 'Variable 1 name'), 'value')).toBe('THUMB_SIZE');
    expect(attr(labelled(html, 'Variable 2 value'), 'value')).toBe('thumbs');
    expect(html).toContain('aria-label="Remove variable BUCKET"');
  });

  it('edits several components of one kind together, showing "mixed" where they differ', () => {
    let design = starter();
    design = { ...design, nodes: [...design.nodes, { ...createNode(design, 'lambda-function', { id: 'resizer', config: { memorySize: 1024, timeout: 10 } }) }] };
    const html = show(design, ['thumbnailer', 'resizer']);
    expect(html).toContain('2 × Lambda function');
    expect(html).not.toContain('id="inspector-node-name"');
    expect(attr(tag(html, 'inspector-node-memorySize'), 'value')).toBe('1024');
    expect(attr(tag(html, 'inspector-node-timeout'), 'value')).toBe('');
    expect(attr(tag(html, 'inspector-node-timeout'), 'placeholder')).toBe('mixed');
    expect(html).toMatch(/<select id="inspector-node-architecture"[^>]*><option value="" disabled="" selected="">mixed<\/option>/);
  });

  it('says how many components of how many kinds are selected when the kinds differ', () => {
    const html = show(starter(), ['thumbnailer', 'uploads', 'thumbnails']);
    expect(html).toContain('3 components of 2 kinds selected');
    expect(html).toContain('1 × Lambda function');
    expect(html).toContain('2 × S3 bucket');
    expect(html).not.toContain('<input');
  });

  it('shows a connection’s own settings from its connection spec', () => {
    const html = show(starter(), [], ['uploads-thumbnailer']);
    expect(html).toContain('Uploads → Thumbnail function');
    expect(attr(tag(html, 'inspector-edge-suffix'), 'value')).toBe('.jpg');
    expect(attr(labelled(html, 'Events 1'), 'value')).toBe('s3:ObjectCreated:*');
    expect(html).toContain('aria-label="Add to Events"');
    expect(html).toContain('<option value="s3:ObjectRemoved:*">');
    expect(show(starter(), [], ['thumbnailer-failed-thumbnails'])).toContain('This connection has no settings of its own.');
  });

  it('does not re-render while another component is dragged: not a component’s, a connection’s or the design’s settings', async () => {
    expect(await rendersDuring(['uploads'], [], drag('thumbnailer'))).toBe(0);
    expect(await rendersDuring([], ['uploads-thumbnailer'], drag('image-metadata'))).toBe(0);
    expect(await rendersDuring([], [], drag('thumbnailer'))).toBe(0);
    // A function's cost summary follows the design the estimate describes, which a drag changes at its end only.
    expect(await rendersDuring(['thumbnailer'], [], drag('uploads').slice(0, -1))).toBe(0);
  });

  it('does not re-render while the selected component itself is dragged (React Flow selects what it drags)', async () => {
    expect(await rendersDuring(['uploads'], [], drag('uploads'))).toBe(0);
    expect(await rendersDuring(['thumbnailer'], [], drag('thumbnailer').slice(0, -1))).toBe(0);
  });

  it('re-renders when what it shows changes', async () => {
    const rename = (id: string) => (s: DesignerState) => s.change((d) => ({ ...d, nodes: d.nodes.map((n) => (n.id === id ? { ...n, name: 'Renamed' } : n)) }));
    expect(await rendersDuring(['uploads'], [], [rename('uploads')])).toBe(1);
    expect(await rendersDuring([], ['uploads-thumbnailer'], [rename('uploads')])).toBe(1);
    expect(await rendersDuring([], [], [(s) => s.change((d) => updateDesignSettings(d, { accountConcurrencyLimit: 500 }))])).toBe(1);
    expect(await rendersDuring(['uploads'], [], [(s) => s.select({ nodes: ['thumbnails'], edges: [] })])).toBe(1);
  });

  it('shows the design’s own settings when nothing is selected', () => {
    const html = show(starter(), []);
    expect(attr(tag(html, 'inspector-design-name'), 'value')).toBe('Serverless thumbnail pipeline');
    expect(labelFor(html, 'inspector-design-accountConcurrencyLimit')).toBe('Account concurrency limit');
    expect(attr(tag(html, 'inspector-design-accountConcurrencyLimit'), 'value')).toBe('1000');
    expect(fieldMarkup(html, 'accountConcurrencyLimit')).toContain('Range at least 1 · Default: 1,000');
    expect(attr(tag(html, 'inspector-design-region'), 'value')).toBe('us-east-1');
    expect(html).toContain('<option value="eu-west-1">');
  });
});
