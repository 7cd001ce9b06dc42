import type { RuleDefinition } from '../define-rule';
import { aliasName } from './alias-name';
import { gradualDeploymentAlias } from './gradual-deployment-alias';
import { globalsArchitecture } from './globals-architecture';
import { gradualDeploymentEdge } from './gradual-deployment-edge';

/** The deployment rules, by id. */
export const DEPLOYMENT_RULES: readonly RuleDefinition[] = [
  gradualDeploymentAlias,
  gradualDeploymentEdge,
  aliasName,
  globalsArchitecture,
];
