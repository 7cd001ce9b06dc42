import type { MeaningInfo } from '../model/meaning';

export type EdgeStyle = MeaningInfo['style'];

/** The canvas's colours, named as in renderer/styles/app.css (a test keeps the two equal). */
export interface PicturePalette {
  /** --bg */
  background: string;
  /** --panel: the fill of edge labels. */
  panel: string;
  /** --border: the outline of edge labels. */
  border: string;
  /** --text */
  text: string;
  /** --muted */
  muted: string;
  /** --node-bg */
  nodeFill: string;
  /** --node-border */
  nodeStroke: string;
  /** --vpc */
  vpc: string;
  /** --subnet-private */
  subnetPrivate: string;
  /** --subnet-public */
  subnetPublic: string;
  /** --edge-<style> */
  edges: Record<EdgeStyle, string>;
  /** Tile behind outline (resource) icons, which are drawn dark on transparent; none in the light theme. */
  iconTile?: string;
}

export const PICTURE_PALETTES: Record<'light' | 'dark', PicturePalette> = {
  light: {
    background: '#f6f7f9', panel: '#ffffff', border: '#d5dbe3', text: '#16191f', muted: '#5f6b7a',
    nodeFill: '#ffffff', nodeStroke: '#c4ccd6', vpc: '#8c4fff', subnetPrivate: '#0f8b8d', subnetPublic: '#3f8624',
    edges: { sync: '#0972d3', async: '#8c4fff', polled: '#e07b00', success: '#1d8102', failure: '#d13212', data: '#5f6b7a', structure: '#9ba7b6' },
  },
  dark: {
    background: '#0f141a', panel: '#161d26', border: '#2c3744', text: '#e6ebf1', muted: '#9aa7b6',
    nodeFill: '#1c2530', nodeStroke: '#3a4757', vpc: '#b48cff', subnetPrivate: '#3fb8ba', subnetPublic: '#7bc35a',
    edges: { sync: '#539fe5', async: '#b48cff', polled: '#ffb340', success: '#5cc140', failure: '#ff6a4d', data: '#9aa7b6', structure: '#5d6b7c' },
    iconTile: '#e9edf2',
  },
};

/** Line of each edge style on the canvas (`.react-flow__edge.edge-<style>` in app.css). */
export const EDGE_LINES: Record<EdgeStyle, { dash?: string; width: number }> = {
  sync: { width: 1.6 },
  async: { dash: '7 4', width: 1.6 },
  polled: { dash: '2 4', width: 2.2 },
  success: { width: 1.6 },
  failure: { dash: '7 3 2 3', width: 1.6 },
  data: { width: 1.6 },
  structure: { dash: '3 3', width: 1.6 },
};

/** Edge labels take their edge's colour, except data and structure labels, which stay muted (app.css). */
export function edgeLabelColour(palette: PicturePalette, style: EdgeStyle): string {
  return style === 'data' || style === 'structure' ? palette.muted : palette.edges[style];
}
