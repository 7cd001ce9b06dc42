import type { ExportContext } from '../context';
import type { FunctionPlan } from '../function-plan';
import { GetAtt, managedPolicyArn, Ref, stackScoped } from '../intrinsics';
import { fixedFunctionName } from '../references';
import {
  codeBucket, emitFunctionLogGroup, emitFunctionOutputs, emitSharedRolePolicy, environmentOf, eventInvokeSettings, fileSystemConfigsOf,
  imageUriOf, layersOf, packageKey, sharedRoleArn, statementsOf, trustPolicy, vpcConfigOf,
} from './functions-common';

function code(ctx: ExportContext, plan: FunctionPlan): Record<string, unknown> {
  const { config } = plan.node;
  if (config.packageType === 'Image') return { PackageType: 'Image', Code: { ImageUri: imageUriOf(ctx, plan) } };
  const source = config.inlineCode?.trim()
    ? { ZipFile: config.inlineCode }
    : { S3Bucket: codeBucket(ctx), S3Key: packageKey(config.codeUri, plan.id.toLowerCase()) };
  return { Runtime: config.runtime, Handler: config.handler, Code: source };
}

function emitRole(ctx: ExportContext, plan: FunctionPlan, inVpc: boolean): unknown {
  const shared = plan.node.config.executionRole?.trim();
  if (shared) return sharedRoleArn(shared);
  const statements = statementsOf(plan, true);
  const managed = [
    managedPolicyArn('service-role/AWSLambdaBasicExecutionRole'),
    ...(inVpc ? [managedPolicyArn('service-role/AWSLambdaVPCAccessExecutionRole')] : []),
    ...(plan.node.config.tracing === 'Active' ? [managedPolicyArn('AWSXRayDaemonWriteAccess')] : []),
  ];
  ctx.add(plan.roleId as string, {
    Type: 'AWS::IAM::Role',
    Properties: {
      AssumeRolePolicyDocument: trustPolicy(plan),
      ManagedPolicyArns: managed,
      ...(statements.length > 0 ? { Policies: [{ PolicyName: 'Connections', PolicyDocument: { Version: '2012-10-17', Statement: statements } }] } : {}),
    },
  }, { group: 'function', node: plan.node.id });
  return new GetAtt(plan.roleId as string, 'Arn');
}

const DEPLOYMENT_CONFIGS: Record<string, string> = { AllAtOnce: 'CodeDeployDefault.LambdaAllAtOnce' };
function deploymentConfigName(type: string): string {
  return DEPLOYMENT_CONFIGS[type] ?? `CodeDeployDefault.Lambda${type}`;
}

/** The CodeDeploy application and service role that gradual deployments share (made once per template). */
export class CodeDeployShared {
  private ids: { application: string; role: string } | undefined;

  constructor(private readonly ctx: ExportContext) {}

  get(fnNodeId: string): { application: string; role: string } {
    if (!this.ids) {
      const application = this.ctx.add(this.ctx.ids.derive('CodeDeploy', 'Application'), { Type: 'AWS::CodeDeploy::Application', Properties: { ComputePlatform: 'Lambda' } }, { group: 'function' });
      const role = this.ctx.add(this.ctx.ids.derive('CodeDeploy', 'ServiceRole'), {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'codedeploy.amazonaws.com' }, Action: 'sts:AssumeRole' }] },
          ManagedPolicyArns: [managedPolicyArn('service-role/AWSCodeDeployRoleForLambda')],
        },
      }, { group: 'function' });
      this.ids = { application, role };
    }
    this.ctx.mapNode(fnNodeId, this.ids.application);
    this.ctx.mapNode(fnNodeId, this.ids.role);
    return this.ids;
  }
}

function emitVersionAndAlias(ctx: ExportContext, plan: FunctionPlan, codeDeploy: CodeDeployShared): void {
  if (!plan.alias || !plan.versionId || !plan.aliasId) return;
  const { config } = plan.node;
  ctx.add(plan.versionId, { Type: 'AWS::Lambda::Version', Properties: { FunctionName: new Ref(plan.id) } }, { group: 'function', node: plan.node.id });
  let updatePolicy: Record<string, unknown> | undefined;
  if (config.deploymentPreference.type !== 'None') {
    const shared = codeDeploy.get(plan.node.id);
    const group = ctx.add(ctx.ids.derive(plan.id, 'DeploymentGroup'), {
      Type: 'AWS::CodeDeploy::DeploymentGroup',
      Properties: {
        ApplicationName: new Ref(shared.application),
        ServiceRoleArn: new GetAtt(shared.role, 'Arn'),
        DeploymentConfigName: deploymentConfigName(config.deploymentPreference.type),
        DeploymentStyle: { DeploymentType: 'BLUE_GREEN', DeploymentOption: 'WITH_TRAFFIC_CONTROL' },
        AutoRollbackConfiguration: { Enabled: true, Events: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_REQUEST'] },
      },
    }, { group: 'function', node: plan.node.id });
    updatePolicy = { CodeDeployLambdaAliasUpdate: { ApplicationName: new Ref(shared.application), DeploymentGroupName: new Ref(group) } };
  }
  ctx.add(plan.aliasId, {
    Type: 'AWS::Lambda::Alias',
    ...(updatePolicy ? { UpdatePolicy: updatePolicy } : {}),
    Properties: {
      FunctionName: new Ref(plan.id),
      FunctionVersion: new GetAtt(plan.versionId, 'Version'),
      Name: plan.alias,
      ...(config.provisionedConcurrency !== undefined ? { ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: config.provisionedConcurrency } } : {}),
    },
  }, { group: 'function', node: plan.node.id });
}

function emitEventInvokeConfig(ctx: ExportContext, plan: FunctionPlan): void {
  const settings = eventInvokeSettings(plan);
  if (!settings || !plan.eventInvokeConfigId) return;
  const destinations: Record<string, unknown> = {};
  if (plan.onSuccess) destinations.OnSuccess = { Destination: plan.onSuccess.arn };
  if (plan.onFailure) destinations.OnFailure = { Destination: plan.onFailure.arn };
  ctx.add(plan.eventInvokeConfigId, {
    Type: 'AWS::Lambda::EventInvokeConfig',
    ...(plan.aliasId ? { DependsOn: plan.aliasId } : {}),
    Properties: {
      FunctionName: new Ref(plan.id),
      Qualifier: plan.alias ?? '$LATEST',
      ...settings,
      ...(Object.keys(destinations).length > 0 ? { DestinationConfig: destinations } : {}),
    },
  }, { group: 'function', node: plan.node.id });
}

function emitUrl(ctx: ExportContext, plan: FunctionPlan): void {
  const url = plan.node.config.functionUrl;
  if (!url.enabled || !plan.urlId) return;
  ctx.add(plan.urlId, {
    Type: 'AWS::Lambda::Url',
    ...(plan.aliasId ? { DependsOn: plan.aliasId } : {}),
    Properties: {
      TargetFunctionArn: new GetAtt(plan.id, 'Arn'),
      ...(plan.alias ? { Qualifier: plan.alias } : {}),
      AuthType: url.authType,
      ...(url.corsAllowOrigins.length > 0 ? { Cors: { AllowOrigins: url.corsAllowOrigins } } : {}),
      ...(url.invokeMode !== 'BUFFERED' ? { InvokeMode: url.invokeMode } : {}),
    },
  }, { group: 'function', node: plan.node.id });
  if (url.authType !== 'NONE') return;
  const target = plan.aliasId ? new Ref(plan.aliasId) : new Ref(plan.id);
  ctx.add(ctx.ids.derive(plan.id, 'UrlPublicPermission'), {
    Type: 'AWS::Lambda::Permission',
    Properties: { Action: 'lambda:InvokeFunctionUrl', FunctionName: target, Principal: '*', FunctionUrlAuthType: 'NONE' },
  }, { group: 'function', node: plan.node.id });
  ctx.add(ctx.ids.derive(plan.id, 'UrlInvokePermission'), {
    Type: 'AWS::Lambda::Permission',
    Properties: { Action: 'lambda:InvokeFunction', FunctionName: target, Principal: '*', InvokedViaFunctionUrl: true },
  }, { group: 'function', node: plan.node.id });
}

export function emitCfnFunction(ctx: ExportContext, plan: FunctionPlan, codeDeploy: CodeDeployShared): void {
  const { config } = plan.node;
  const vpcConfig = vpcConfigOf(ctx, plan);
  const role = emitRole(ctx, plan, vpcConfig !== undefined);
  const dependsOn = [...plan.dependsOn].sort();
  const description = config.description.trim();
  ctx.add(plan.id, {
    Type: 'AWS::Lambda::Function',
    ...(dependsOn.length > 0 ? { DependsOn: dependsOn } : {}),
    Properties: {
      ...(description ? { Description: description.slice(0, 256) } : {}),
      ...(plan.named ? { FunctionName: stackScoped(fixedFunctionName(ctx, plan.node.id)) } : {}),
      ...code(ctx, plan),
      Role: role,
      Architectures: [config.architecture],
      MemorySize: config.memorySize,
      Timeout: config.timeout,
      ...(config.ephemeralStorage !== 512 ? { EphemeralStorage: { Size: config.ephemeralStorage } } : {}),
      ...(config.tracing === 'Active' ? { TracingConfig: { Mode: 'Active' } } : {}),
      ...(environmentOf(plan) ? { Environment: environmentOf(plan) } : {}),
      VpcConfig: vpcConfig,
      FileSystemConfigs: fileSystemConfigsOf(ctx, plan),
      Layers: layersOf(ctx, plan),
      ...(plan.deadLetter ? { DeadLetterConfig: { TargetArn: plan.deadLetter.arn } } : {}),
      ...(config.reservedConcurrency !== undefined ? { ReservedConcurrentExecutions: config.reservedConcurrency } : {}),
    },
  }, { group: 'function', node: plan.node.id });
  emitSharedRolePolicy(ctx, plan);
  emitFunctionLogGroup(ctx, plan);
  emitVersionAndAlias(ctx, plan, codeDeploy);
  emitEventInvokeConfig(ctx, plan);
  emitUrl(ctx, plan);
  emitFunctionOutputs(ctx, plan);
}
