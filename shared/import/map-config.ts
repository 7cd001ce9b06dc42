import type { Json } from './parse-template';
import { isJsonObject } from '../model/json-object';

const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
const int = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : undefined);

/** Only the fields that have a literal value: an intrinsic (`!Ref MemoryParam`) leaves the kind's default. */
export function defined(config: Json): Json {
  return Object.fromEntries(Object.entries(config).filter(([, v]) => v !== undefined && !(isJsonObject(v) && Object.keys(v).length === 0)));
}

/** SAM Globals sit under a function's own properties; maps (environment variables) merge key by key. */
export function withGlobals(properties: Json, globals: Json | undefined): Json {
  if (!globals) return properties;
  const merged: Json = { ...globals, ...properties };
  const env = (p: Json) => (isJsonObject(p.Environment) && isJsonObject(p.Environment.Variables) ? p.Environment.Variables : undefined);
  if (env(globals) && env(properties)) merged.Environment = { Variables: { ...env(globals), ...env(properties) } };
  return merged;
}

function functionConfig(p: Json): Json {
  const env = isJsonObject(p.Environment) && isJsonObject(p.Environment.Variables) ? p.Environment.Variables : {};
  const url = isJsonObject(p.FunctionUrlConfig) ? p.FunctionUrlConfig : undefined;
  const cors = url && isJsonObject(url.Cors) && Array.isArray(url.Cors.AllowOrigins) ? url.Cors.AllowOrigins.filter((o) => typeof o === 'string') : undefined;
  const code = isJsonObject(p.Code) ? p.Code : {};
  const inline = text(p.InlineCode) ?? text(code.ZipFile);
  const deployment = isJsonObject(p.DeploymentPreference) ? text(p.DeploymentPreference.Type) : undefined;
  const invoke = isJsonObject(p.EventInvokeConfig) ? p.EventInvokeConfig : {};
  return defined({
    description: text(p.Description),
    packageType: p.PackageType === 'Image' ? 'Image' : undefined,
    runtime: text(p.Runtime),
    handler: text(p.Handler),
    codeUri: inline !== undefined ? '' : text(p.CodeUri),
    inlineCode: inline,
    imageUri: text(p.ImageUri) ?? text(code.ImageUri),
    memorySize: int(p.MemorySize),
    timeout: int(p.Timeout),
    ephemeralStorage: isJsonObject(p.EphemeralStorage) ? int(p.EphemeralStorage.Size) : undefined,
    architecture: Array.isArray(p.Architectures) && p.Architectures[0] === 'arm64' ? 'arm64' : undefined,
    environment: Object.fromEntries(Object.entries(env).filter(([, v]) => typeof v === 'string' || typeof v === 'number').map(([k, v]) => [k, String(v)])),
    tracing: p.Tracing === 'Active' || (isJsonObject(p.TracingConfig) && p.TracingConfig.Mode === 'Active') ? 'Active' : undefined,
    reservedConcurrency: int(p.ReservedConcurrentExecutions),
    provisionedConcurrency: isJsonObject(p.ProvisionedConcurrencyConfig) ? int(p.ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions) : undefined,
    alias: text(p.AutoPublishAlias),
    deploymentPreference: deployment && deployment !== 'AllAtOnce' && /^(Canary|Linear)/.test(deployment) ? { type: deployment } : deployment === 'AllAtOnce' ? { type: 'AllAtOnce' } : undefined,
    functionUrl: url ? defined({ enabled: true, authType: url.AuthType === 'NONE' ? 'NONE' : undefined, corsAllowOrigins: cors, invokeMode: url.InvokeMode === 'RESPONSE_STREAM' ? 'RESPONSE_STREAM' : undefined }) : undefined,
    asyncInvoke: defined({ maximumRetryAttempts: int(invoke.MaximumRetryAttempts), maximumEventAgeInSeconds: int(invoke.MaximumEventAgeInSeconds) }),
    executionRole: text(p.Role),
  });
}

function tableConfig(p: Json): Json {
  const stream = isJsonObject(p.StreamSpecification) ? p.StreamSpecification : undefined;
  const viewType = stream ? text(stream.StreamViewType) : undefined;
  return defined({
    billingMode: p.BillingMode === 'PROVISIONED' || (p.BillingMode === undefined && isJsonObject(p.ProvisionedThroughput)) ? 'PROVISIONED' : undefined,
    streamEnabled: viewType ? true : undefined,
    streamViewType: viewType && ['NEW_AND_OLD_IMAGES', 'NEW_IMAGE', 'OLD_IMAGE', 'KEYS_ONLY'].includes(viewType) ? viewType : undefined,
  });
}

/**
 * `!Select [N, !GetAZs '']` picks the region's N-th zone: drawn as that zone of the default region, so
 * subnets on different zones stay on different zones (the resource itself is kept as written).
 */
function zoneByIndex(v: unknown): string | undefined {
  const select = isJsonObject(v) ? v['Fn::Select'] : undefined;
  if (!Array.isArray(select) || !isJsonObject(select[1]) || !('Fn::GetAZs' in select[1])) return undefined;
  const n = int(select[0]);
  return n !== undefined && n < 6 ? `us-east-1${'abcdef'[n]}` : undefined;
}

/** A layer that names no runtimes or architectures claims none: an empty list, not the catalog's default. */
function layerConfig(p: Json): Json {
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return {
    ...defined({ description: text(p.Description), contentUri: text(p.ContentUri) }),
    compatibleRuntimes: strings(p.CompatibleRuntimes),
    compatibleArchitectures: strings(p.CompatibleArchitectures),
  };
}

/** `com.amazonaws.<region>.s3` (often built with !Sub) becomes the short service name `s3`. */
function endpointConfig(p: Json): Json {
  const name = text(p.ServiceName) ?? (isJsonObject(p.ServiceName) ? text(p.ServiceName['Fn::Sub']) : undefined);
  const service = name?.split('.').at(-1);
  return defined({
    endpointType: p.VpcEndpointType === 'Interface' ? 'Interface' : p.VpcEndpointType === 'GatewayLoadBalancer' ? undefined : 'Gateway',
    service: service && /^[a-z0-9-]+$/.test(service) ? service : undefined,
    privateDns: p.PrivateDnsEnabled === false || p.PrivateDnsEnabled === 'false' ? false : undefined,
  });
}

/** Config of a catalog node from its resource's properties; what a kind does not model stays in the kept resource. */
export function configFromProperties(kind: string, properties: Json): Json {
  switch (kind) {
    case 'lambda-function':
      return functionConfig(properties);
    case 'sqs-queue':
      return defined({
        fifo: properties.FifoQueue === true || properties.FifoQueue === 'true' ? true : undefined,
        visibilityTimeout: int(properties.VisibilityTimeout),
        messageRetentionPeriod: int(properties.MessageRetentionPeriod),
      });
    case 'log-group':
      return defined({
        retentionInDays: int(properties.RetentionInDays),
        logGroupName: text(properties.LogGroupName) ?? (isJsonObject(properties.LogGroupName) ? text(properties.LogGroupName['Fn::Sub']) : undefined),
      });
    case 'ssm-parameter':
      return defined({ type: properties.Type === 'StringList' ? 'StringList' : undefined, value: text(properties.Value) });
    case 'secret':
      return defined({ description: text(properties.Description), generatePassword: properties.GenerateSecretString === undefined && properties.SecretString !== undefined ? false : undefined });
    case 'dynamodb-table':
      return tableConfig(properties);
    case 'kinesis-stream':
      return defined({
        streamMode: isJsonObject(properties.StreamModeDetails) && properties.StreamModeDetails.StreamMode === 'ON_DEMAND' ? 'ON_DEMAND' : undefined,
        shardCount: int(properties.ShardCount),
        retentionPeriodHours: int(properties.RetentionPeriodHours),
      });
    case 's3-bucket':
      return defined({
        versioning: isJsonObject(properties.VersioningConfiguration) && properties.VersioningConfiguration.Status === 'Enabled' ? true : undefined,
        eventBridge: isJsonObject(properties.NotificationConfiguration) && isJsonObject(properties.NotificationConfiguration.EventBridgeConfiguration) ? true : undefined,
      });
    case 'sns-topic':
      return defined({ fifo: properties.FifoTopic === true || properties.FifoTopic === 'true' ? true : undefined });
    case 'lambda-layer':
      return layerConfig(properties);
    case 'eventbridge-rule':
      return defined({
        eventPattern: isJsonObject(properties.EventPattern) ? JSON.stringify(properties.EventPattern, null, 2) : undefined,
        state: properties.State === 'DISABLED' ? 'DISABLED' : undefined,
      });
    case 'eventbridge-schedule':
      return defined({ scheduleExpression: text(properties.ScheduleExpression), timezone: text(properties.ScheduleExpressionTimezone) });
    case 'subnet':
      return defined({
        visibility: properties.MapPublicIpOnLaunch === true || properties.MapPublicIpOnLaunch === 'true' ? 'public' : undefined,
        availabilityZone: text(properties.AvailabilityZone) ?? zoneByIndex(properties.AvailabilityZone),
        cidr: text(properties.CidrBlock),
      });
    case 'vpc-endpoint':
      return endpointConfig(properties);
    default:
      return {};
  }
}
