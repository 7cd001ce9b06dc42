import type { Design } from '../shared/model/design';
import { loadDesign } from '../shared/model/load-design';

export interface StarterDesign {
  slug: string;
  design: Design;
}

const files = import.meta.glob<string>('../templates/*.lambda.json', { eager: true, query: '?raw', import: 'default' });

/** Starter designs bundled with the app, by name. A template that fails to load is a build-time bug, reported loudly. */
export const STARTER_DESIGNS: readonly StarterDesign[] = Object.entries(files)
  .map(([path, text]) => {
    const slug = path.slice(path.lastIndexOf('/') + 1).replace(/\.lambda\.json$/, '');
    const loaded = loadDesign(text);
    if (!loaded.ok) throw new Error(`templates/${slug}.lambda.json: ${loaded.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    return { slug, design: loaded.design };
  })
  .sort((a, b) => a.design.name.localeCompare(b.design.name));

export function findStarter(slug: string): StarterDesign | undefined {
  return STARTER_DESIGNS.find((s) => s.slug === slug);
}
