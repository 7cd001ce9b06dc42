import { compareText } from '../model/compare-text';
import type { Design } from '../model/design';
import { ExportContext, type PartIds } from './context';
import { emitData } from './emit/data';
import { emitDatabases } from './emit/databases';
import { emitFileSystems } from './emit/file-systems';
import { wireFunctions } from './emit/function-wiring';
import { emitGenericResources } from './emit/generic';
import { emitFunctions, emitLayers, planFunctions } from './emit/functions';
import { emitNetwork } from './emit/network';
import { emitStateMachines } from './emit/state-machines';
import { emitApis } from './emit/triggers-api';
import { emitEventTriggers } from './emit/triggers-events';
import { emitPolledTriggers } from './emit/triggers-polled';
import { emitPushTriggers } from './emit/triggers-push';
import { emitWebTriggers } from './emit/triggers-web';
import type { CfnParameter, CfnTemplate, ExportTarget } from './template-types';

/** CloudFormation allows 200 outputs. */
export const MAX_OUTPUTS = 200;

function describe(design: Design): string {
  const text = design.description.trim() ? `${design.name}: ${design.description.trim()}` : design.name;
  return text.length > 1024 ? `${text.slice(0, 1021)}...` : text;
}

/** The Parameters section: every parameter, by id; none when there are none. */
export function parametersSection(parameters: ReadonlyMap<string, CfnParameter>): Record<string, CfnParameter> | undefined {
  if (parameters.size === 0) return undefined;
  return Object.fromEntries([...parameters].sort(([a], [b]) => compareText(a, b)));
}

/**
 * The template the exporter makes of a design for one target, with the record of which design part
 * made what; for an imported design, before what the template held back is merged in (build-template).
 * `part`: the logical ids of the nodes when the design is a part of a larger one (see partial-export),
 * which then gets no stand-in resource when it makes none.
 */
export function renderDesign(design: Design, target: ExportTarget, part?: PartIds): { template: CfnTemplate; ctx: ExportContext } {
  const ctx = new ExportContext(design, target, part);
  planFunctions(ctx);
  for (const bucket of ctx.index.ofKind('s3-bucket')) {
    if (ctx.index.out(bucket.id, 'invoke-async', 'lambda-function').length > 0) ctx.triggerBuckets.add(bucket.id);
  }
  emitNetwork(ctx);
  emitData(ctx);
  emitDatabases(ctx);
  emitFileSystems(ctx);
  emitLayers(ctx);
  wireFunctions(ctx);
  emitPushTriggers(ctx);
  emitEventTriggers(ctx);
  emitPolledTriggers(ctx);
  emitApis(ctx);
  emitWebTriggers(ctx);
  emitStateMachines(ctx);
  emitFunctions(ctx);
  emitGenericResources(ctx);

  if (!ctx.hasResources() && !design.source && !part) {
    // CloudFormation refuses a template without resources; an empty design still exports to one that deploys.
    ctx.add(ctx.ids.derive('Empty', 'Design'), { Type: 'AWS::CloudFormation::WaitConditionHandle' }, { group: 'trigger' });
  }
  const parameters = parametersSection(ctx.parameters);
  const outputs = [...ctx.outputs.entries()].slice(0, MAX_OUTPUTS);
  const template: CfnTemplate = {
    AWSTemplateFormatVersion: '2010-09-09',
    ...(target === 'sam' ? { Transform: 'AWS::Serverless-2016-10-31' } : {}),
    Description: describe(design),
    ...(parameters ? { Parameters: parameters } : {}),
    Resources: ctx.orderedResources(),
    ...(outputs.length > 0 ? { Outputs: Object.fromEntries(outputs) } : {}),
  };
  return { template, ctx };
}
