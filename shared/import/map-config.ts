import type { Json } from './parse-template';

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
const int = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : undefined);

/** Only the fields that have a literal value: an intrinsic (`!Ref MemoryParam`) leaves the kind's default. */
function defined(config: Json): Json {
  return Object.fromEntries(Object.entries(config).filter(([, v]) => v !== undefined && !(isObject(v) && Object.keys(v).length === 0)));
}

/** SAM Globals sit under a function's own properties; maps (environment variables) merge key by key. */
export function withGlobals(properties: Json, globals: Json | undefined): Json {
  if (!globals) return properties;
  const merged: Json = { ...globals, ...properties };
  const env = (p: Json) => (isObject(p.Environment) && isObject(p.Environment.Variables) ? p.Environment.Variables : undefined);
  if (env(globals) && env(properties)) merged.Environment = { Variables: { ...env(globals), ...env(properties) } };
  return merged;
}

function functionConfig(p: Json): Json {
  const env = isObject(p.Environment) && isObject(p.Environment.Variables) ? p.Environment.Variables : {};
  const url = isObject(p.FunctionUrlConfig) ? p.FunctionUrlConfig : undefined;
  const cors = url && isObject(url.Cors) && Array.isArray(url.Cors.AllowOrigins) ? url.Cors.AllowOrigins.filter((o) => typeof o === 'string') : undefined;
  const code = isObject(p.Code) ? p.Code : {};
  const inline = text(p.InlineCode) ?? text(code.ZipFile);
  const deployment = isObject(p.DeploymentPreference) ? text(p.DeploymentPreference.Type) : undefined;
  const invoke = isObject(p.EventInvokeConfig) ? p.EventInvokeConfig : {};
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
    ephemeralStorage: isObject(p.EphemeralStorage) ? int(p.EphemeralStorage.Size) : undefined,
    architecture: Array.isArray(p.Architectures) && p.Architectures[0] === 'arm64' ? 'arm64' : undefined,
    environment: Object.fromEntries(Object.entries(env).filter(([, v]) => typeof v === 'string' || typeof v === 'number').map(([k, v]) => [k, String(v)])),
    tracing: p.Tracing === 'Active' || (isObject(p.TracingConfig) && p.TracingConfig.Mode === 'Active') ? 'Active' : undefined,
    reservedConcurrency: int(p.ReservedConcurrentExecutions),
    provisionedConcurrency: isObject(p.ProvisionedConcurrencyConfig) ? int(p.ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions) : undefined,
    alias: text(p.AutoPublishAlias),
    deploymentPreference: deployment && deployment !== 'AllAtOnce' && /^(Canary|Linear)/.test(deployment) ? { type: deployment } : deployment === 'AllAtOnce' ? { type: 'AllAtOnce' } : undefined,
    functionUrl: url ? defined({ enabled: true, authType: url.AuthType === 'NONE' ? 'NONE' : undefined, corsAllowOrigins: cors, invokeMode: url.InvokeMode === 'RESPONSE_STREAM' ? 'RESPONSE_STREAM' : undefined }) : undefined,
    asyncInvoke: defined({ maximumRetryAttempts: int(invoke.MaximumRetryAttempts), maximumEventAgeInSeconds: int(invoke.MaximumEventAgeInSeconds) }),
    executionRole: text(p.Role),
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
      return defined({ retentionInDays: int(properties.RetentionInDays) });
    case 'ssm-parameter':
      return defined({ type: properties.Type === 'StringList' ? 'StringList' : undefined, value: text(properties.Value) });
    case 'secret':
      return defined({ description: text(properties.Description), generatePassword: properties.GenerateSecretString === undefined && properties.SecretString !== undefined ? false : undefined });
    default:
      return {};
  }
}
