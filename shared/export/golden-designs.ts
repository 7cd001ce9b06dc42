import { loadDesign } from '../model/load-design';
import { exportTemplate } from './export-template';

/** Starter designs whose YAML exports are pinned in test/fixtures/golden/<name>.<sam|cfn>.yaml. */
export const GOLDEN_DESIGNS = ['serverless-thumbnail-pipeline', 'vpc-function-nat-rds-proxy', 'canary-deployment-alias', 'lambda-edge-cloudfront'] as const;

/** The golden files of one design, from the text of its `.lambda.json`. */
export function goldenFiles(name: string, designText: string): { file: string; content: string }[] {
  const loaded = loadDesign(designText);
  if (!loaded.ok) throw new Error(`${name}: ${loaded.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return (['sam', 'cfn'] as const).map((target) => ({ file: `${name}.${target}.yaml`, content: exportTemplate(loaded.design, { target }) }));
}
