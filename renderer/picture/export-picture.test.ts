import { afterEach, describe, expect, it, vi } from 'vitest';
import { createNode, emptyDesign } from '../../shared/model/new-design';
import { PICTURE_PALETTES } from '../../shared/picture/picture-palette';
import { exportPicture } from './export-picture';

// The bundled icon URLs (a Vite virtual module in the app): here, a made-up address per icon, and no icon for security groups.
vi.mock('../canvas/icons', () => ({ iconUrl: (path: string) => (path === 'resource/Shield.svg' ? undefined : `http://app.test/icons/${path}`) }));

const ICON = '<svg xmlns="http://www.w3.org/2000/svg"><circle r="1"/></svg>';

function design() {
  const d = emptyDesign('Picture test');
  d.nodes.push(createNode(d, 'lambda-function', { id: 'fn', name: 'Fn' }));
  d.nodes.push(createNode(d, 'dynamodb-table', { id: 'table', name: 'Table', position: { x: 400, y: 0 } }));
  d.nodes.push(createNode(d, 'security-group', { id: 'sg', name: 'SG', position: { x: 0, y: 200 } }));
  return d;
}

afterEach(() => vi.unstubAllGlobals());

describe('exportPicture', () => {
  it('makes a standalone SVG: icons fetched from the app once and carried inside as data URLs', async () => {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      if (url.endsWith('AmazonDynamoDB.svg')) return new Response('gone', { status: 404 });
      return new Response(ICON, { headers: { 'content-type': 'application/octet-stream' } });
    });
    const blob = await exportPicture(design(), { format: 'svg', theme: 'dark' });
    expect(blob.type).toBe('image/svg+xml');
    const svg = await blob.text();
    const data = `data:image/svg+xml;base64,${btoa(ICON)}`;
    // The function's icon is inside; the missing table icon and the unbundled shield leave their cards without one.
    expect(svg.match(/<image /g)).toHaveLength(1);
    expect(svg).toContain(`xlink:href="${data}"`);
    expect(svg).toContain(`fill="${PICTURE_PALETTES.dark.background}"`);
    expect(svg).not.toContain('http://app.test');
    expect(fetched.sort()).toEqual(['http://app.test/icons/architecture-service/AWSLambda.svg', 'http://app.test/icons/architecture-service/AmazonDynamoDB.svg']);

    // The icon read is kept; the one that failed is asked for again.
    await exportPicture(design(), { format: 'svg', theme: 'light' });
    expect(fetched.slice(2)).toEqual(['http://app.test/icons/architecture-service/AmazonDynamoDB.svg']);
  });
});
