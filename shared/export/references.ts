import type { ExportContext } from './context';
import { GetAtt, type Intrinsic, Ref, stackScoped, sub } from './intrinsics';

/**
 * How one resource points at another. Most references are Ref or GetAtt; functions on reference
 * loops and buckets that invoke functions are named in advance and referred to by that name.
 */

/** Name of a function on a reference loop: its id and the stack suffix, within Lambda's 64 characters. */
export function fixedFunctionName(ctx: ExportContext, fnNodeId: string): string {
  return `${ctx.plan(fnNodeId).id.slice(0, 51)}-\${StackSuffix}`;
}

/** The function's name, for the environment and IAM of other functions and state machines. */
export function functionNameFor(ctx: ExportContext, fnNodeId: string): Intrinsic {
  const plan = ctx.plan(fnNodeId);
  return plan.named ? stackScoped(fixedFunctionName(ctx, fnNodeId)) : new Ref(plan.id);
}

/** The function's ARN (`:*` covers its versions and aliases), for other functions' destinations and IAM and for state machines. */
export function functionArnFor(ctx: ExportContext, fnNodeId: string, anyQualifier = false): Intrinsic {
  const plan = ctx.plan(fnNodeId);
  const tail = anyQualifier ? ':*' : '';
  if (!plan.named) return anyQualifier ? sub(`\${${plan.id}.Arn}${tail}`) : new GetAtt(plan.id, 'Arn');
  return stackScoped(`arn:\${AWS::Partition}:lambda:\${AWS::Region}:\${AWS::AccountId}:function:${fixedFunctionName(ctx, fnNodeId)}${tail}`);
}

/** What an event source invokes: the alias when the function publishes one, else the function. */
export function invokeTarget(ctx: ExportContext, fnNodeId: string): Intrinsic {
  const plan = ctx.plan(fnNodeId);
  if (plan.alias === undefined) return new GetAtt(plan.id, 'Arn');
  return ctx.sam ? new Ref(`${plan.id}.Alias`) : new Ref(plan.aliasId as string);
}

/** The published version (CloudFront needs a version, not an alias). */
export function versionTarget(ctx: ExportContext, fnNodeId: string): Intrinsic {
  const plan = ctx.plan(fnNodeId);
  return ctx.sam ? new Ref(`${plan.id}.Version`) : new Ref(plan.versionId as string);
}

/** Lower-case words of the bucket's name for its fixed name: at most 37 characters, so the whole stays within 63. */
function bucketStem(ctx: ExportContext, bucketNodeId: string): string {
  const name = ctx.index.node(bucketNodeId)?.name ?? bucketNodeId;
  const words = name.normalize('NFKD').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).join('-');
  const stem = words.slice(0, 37).replace(/-+$/, '');
  return stem === '' ? 'bucket' : stem;
}

export function fixedBucketName(ctx: ExportContext, bucketNodeId: string): string {
  return `${bucketStem(ctx, bucketNodeId)}-\${AWS::AccountId}-\${StackSuffix}`;
}

export function bucketNameFor(ctx: ExportContext, bucketNodeId: string): Intrinsic {
  return ctx.triggerBuckets.has(bucketNodeId) ? stackScoped(fixedBucketName(ctx, bucketNodeId)) : new Ref(ctx.idOf(bucketNodeId));
}

export function bucketArnFor(ctx: ExportContext, bucketNodeId: string, objects = false): Intrinsic {
  const tail = objects ? '/*' : '';
  if (ctx.triggerBuckets.has(bucketNodeId)) return stackScoped(`arn:\${AWS::Partition}:s3:::${fixedBucketName(ctx, bucketNodeId)}${tail}`);
  const id = ctx.idOf(bucketNodeId);
  return objects ? sub(`\${${id}.Arn}/*`) : new GetAtt(id, 'Arn');
}
