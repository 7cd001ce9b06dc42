import type { ExportContext } from '../context';
import type { FunctionPlan } from '../function-plan';
import { stackScoped } from '../intrinsics';
import { fixedFunctionName } from '../references';
import {
  codeBucket, DESTINATION_TYPES, emitFunctionLogGroup, emitFunctionOutputs, emitSharedRolePolicy, environmentOf, eventInvokeSettings,
  fileSystemConfigsOf, imageUriOf, layersOf, packageKey, sharedRoleArn, statementsOf, trustPolicy, vpcConfigOf,
} from './functions-common';

function code(ctx: ExportContext, plan: FunctionPlan): Record<string, unknown> {
  const { config } = plan.node;
  if (config.packageType === 'Image') return { PackageType: 'Image', ImageUri: imageUriOf(ctx, plan) };
  const source = config.inlineCode?.trim()
    ? { InlineCode: config.inlineCode }
    : config.codeUri.trim()
      ? { CodeUri: config.codeUri }
      : { CodeUri: { Bucket: codeBucket(ctx), Key: packageKey('', plan.id.toLowerCase()) } };
  return { Runtime: config.runtime, Handler: config.handler, ...source };
}

/** SAM policies: policy templates where they fit, the other statements in one inline document. */
function policies(plan: FunctionPlan): unknown[] | undefined {
  const entries: unknown[] = [];
  const seen = new Set<string>();
  for (const grant of plan.grants) {
    if (!grant.sam) continue;
    const key = JSON.stringify(grant.sam);
    if (!seen.has(key)) entries.push(grant.sam);
    seen.add(key);
  }
  const statements = statementsOf({ ...plan, grants: plan.grants.filter((g) => !g.sam) }, false);
  if (statements.length > 0) entries.push({ Version: '2012-10-17', Statement: statements });
  return entries.length > 0 ? entries : undefined;
}

function destinations(plan: FunctionPlan): Record<string, unknown> | undefined {
  const config: Record<string, unknown> = {};
  if (plan.onSuccess) config.OnSuccess = { Type: DESTINATION_TYPES[plan.onSuccess.targetKind], Destination: plan.onSuccess.arn };
  if (plan.onFailure) config.OnFailure = { Type: DESTINATION_TYPES[plan.onFailure.targetKind], Destination: plan.onFailure.arn };
  return Object.keys(config).length > 0 ? config : undefined;
}

export function emitSamFunction(ctx: ExportContext, plan: FunctionPlan): void {
  const { config } = plan.node;
  const role = config.executionRole?.trim();
  const invoke = eventInvokeSettings(plan);
  const destinationConfig = destinations(plan);
  const url = config.functionUrl;
  const dependsOn = [...plan.dependsOn].sort();
  const description = config.description.trim();
  ctx.add(plan.id, {
    Type: 'AWS::Serverless::Function',
    ...(dependsOn.length > 0 ? { DependsOn: dependsOn } : {}),
    Properties: {
      ...(description ? { Description: description.slice(0, 256) } : {}),
      ...(plan.named ? { FunctionName: stackScoped(fixedFunctionName(ctx, plan.node.id)) } : {}),
      ...code(ctx, plan),
      Architectures: [config.architecture],
      MemorySize: config.memorySize,
      Timeout: config.timeout,
      ...(config.ephemeralStorage !== 512 ? { EphemeralStorage: { Size: config.ephemeralStorage } } : {}),
      ...(config.tracing === 'Active' ? { Tracing: 'Active' } : {}),
      ...(environmentOf(plan) ? { Environment: environmentOf(plan) } : {}),
      ...(role ? { Role: sharedRoleArn(role) } : { Policies: policies(plan) }),
      ...(plan.edge && !role ? { AssumeRolePolicyDocument: trustPolicy(plan) } : {}),
      VpcConfig: vpcConfigOf(ctx, plan),
      FileSystemConfigs: fileSystemConfigsOf(ctx, plan),
      Layers: layersOf(ctx, plan),
      ...(plan.deadLetter ? { DeadLetterQueue: { Type: plan.deadLetter.type, TargetArn: plan.deadLetter.arn } } : {}),
      ...(invoke ? { EventInvokeConfig: { ...invoke, ...(destinationConfig ? { DestinationConfig: destinationConfig } : {}) } } : {}),
      ...(config.reservedConcurrency !== undefined ? { ReservedConcurrentExecutions: config.reservedConcurrency } : {}),
      ...(plan.alias ? { AutoPublishAlias: plan.alias } : {}),
      ...(plan.alias && config.provisionedConcurrency !== undefined ? { ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: config.provisionedConcurrency } } : {}),
      ...(plan.alias && config.deploymentPreference.type !== 'None' ? { DeploymentPreference: { Type: config.deploymentPreference.type } } : {}),
      ...(url.enabled
        ? {
          FunctionUrlConfig: {
            AuthType: url.authType,
            ...(url.corsAllowOrigins.length > 0 ? { Cors: { AllowOrigins: url.corsAllowOrigins } } : {}),
            ...(url.invokeMode !== 'BUFFERED' ? { InvokeMode: url.invokeMode } : {}),
          },
        }
        : {}),
      ...(plan.events.size > 0 ? { Events: Object.fromEntries(plan.events) } : {}),
    },
  }, { group: 'function', node: plan.node.id });
  emitSharedRolePolicy(ctx, plan);
  emitFunctionLogGroup(ctx, plan);
  emitFunctionOutputs(ctx, plan);
}
