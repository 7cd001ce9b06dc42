import type { ExportContext } from '../context';
import { aliasFor, newPlan } from '../function-plan';
import { functionsOnReferenceLoops } from '../reference-cycles';
import { codeBucket, packageKey } from './functions-common';
import { emitCfnFunction, CodeDeployShared } from './functions-cfn';
import { emitSamFunction } from './functions-sam';

/** A plan per function, with the ids of what it will own, before any connection is wired. */
export function planFunctions(ctx: ExportContext): void {
  const looped = functionsOnReferenceLoops(ctx.index);
  for (const node of ctx.index.ofKind('lambda-function')) {
    const id = ctx.idOf(node.id);
    const byCloudFront = ctx.index.in(node.id, 'invoke-sync', 'cloudfront').length > 0;
    const plan = newPlan(node, id, aliasFor(node, byCloudFront), looped.has(node.id), node.config.lambdaEdge || byCloudFront);
    const sharedRole = Boolean(node.config.executionRole?.trim());
    if (sharedRole) plan.policyId = ctx.ids.derive(id, 'Policy');
    if (!ctx.sam) {
      if (!sharedRole) plan.roleId = ctx.ids.derive(id, 'Role');
      if (plan.alias) {
        plan.versionId = ctx.ids.derive(id, 'Version');
        plan.aliasId = ctx.ids.derive(id, 'Alias');
      }
      plan.eventInvokeConfigId = ctx.ids.derive(id, 'EventInvokeConfig');
      if (node.config.functionUrl.enabled) plan.urlId = ctx.ids.derive(id, 'Url');
    }
    ctx.functions.set(node.id, plan);
  }
}

export function emitLayers(ctx: ExportContext): void {
  for (const layer of ctx.index.ofKind('lambda-layer')) {
    const id = ctx.idOf(layer.id);
    const { config } = layer;
    const description = config.description.trim();
    const common = {
      ...(description ? { Description: description.slice(0, 256) } : {}),
      ...(config.compatibleRuntimes.length > 0 ? { CompatibleRuntimes: config.compatibleRuntimes } : {}),
      ...(config.compatibleArchitectures.length > 0 ? { CompatibleArchitectures: config.compatibleArchitectures } : {}),
    };
    const content = ctx.sam && config.contentUri.trim()
      ? { ContentUri: config.contentUri }
      : ctx.sam
        ? { ContentUri: { Bucket: codeBucket(ctx), Key: packageKey('', id.toLowerCase()) } }
        : { Content: { S3Bucket: codeBucket(ctx), S3Key: packageKey(config.contentUri, id.toLowerCase()) } };
    ctx.add(id, {
      Type: ctx.sam ? 'AWS::Serverless::LayerVersion' : 'AWS::Lambda::LayerVersion',
      Properties: { ...content, ...common },
    }, { group: 'function', node: layer.id });
  }
}

export function emitFunctions(ctx: ExportContext): void {
  const codeDeploy = new CodeDeployShared(ctx);
  for (const plan of ctx.functions.values()) {
    if (ctx.sam) emitSamFunction(ctx, plan);
    else emitCfnFunction(ctx, plan, codeDeploy);
  }
}
