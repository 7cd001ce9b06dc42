import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportTemplate } from '../export/export-template';
import type { Design } from '../model/design';
import { generateDesign } from '../model/generate-design';
import { loadDesign } from '../model/load-design';
import { validateDesign } from '../rules/engine';
import { importTemplate } from './import-template';

/**
 * A template exported from a design and imported again is judged as the design was: the importer
 * draws the connections and settings the export wrote (routes, mapping and notification settings,
 * redrive counts, load balancer targets, Lambda@Edge associations), so the rules neither lose
 * findings nor report defaults the template overrides.
 */
const templates = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'templates');
const TODAY = '2026-11-23';

/** Node ids become logical ids on the way: which rules fire, how often, on how many nodes. */
function findingsOf(design: Design): string[] {
  return validateDesign(design, { today: TODAY }).findings.map((f) => `${f.ruleId} ×${f.nodeIds?.length ?? 0}`).sort();
}

const starters = readdirSync(templates).filter((f) => f.endsWith('.lambda.json')).map((f) => {
  const loaded = loadDesign(readFileSync(join(templates, f), 'utf8'));
  if (!loaded.ok) throw new Error(`${f} does not load`);
  return [f, loaded.design] as const;
});
const generated = [1, 2, 3].map((seed) => [`generated design, seed ${seed}`, generateDesign(150, seed)] as const);

describe('findings after export and import', () => {
  it('there are starters to check', () => expect(starters.length).toBeGreaterThanOrEqual(15));

  for (const [name, design] of [...starters, ...generated]) {
    for (const target of ['sam', 'cfn'] as const) {
      it(`${name}, through ${target === 'sam' ? 'SAM' : 'CloudFormation'}`, () => {
        const imported = importTemplate(exportTemplate(design, { target }), `${name}.yaml`);
        if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
        expect(findingsOf(imported.design)).toEqual(findingsOf(design));
      });
    }
  }
});
