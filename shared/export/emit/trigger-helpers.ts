import type { DesignEdge } from '../../model/design';
import type { ExportContext } from '../context';
import type { SamEvent } from '../function-plan';
import { Ref } from '../intrinsics';
import { invokeTarget } from '../references';

/** Adds an event to the SAM function the edge points at, named after its source ("UploadsEvent"). */
export function addSamEvent(ctx: ExportContext, edge: DesignEdge, event: SamEvent, summary: string, reason: string): string {
  const plan = ctx.plan(edge.target);
  const stem = `${ctx.idOf(edge.source)}Event`;
  let name = stem;
  for (let n = 2; plan.events.has(name); n++) name = `${stem}${n}`;
  plan.events.set(name, event);
  ctx.explain(edge.id, { what: 'event', logicalId: plan.id, summary: `Events.${name} (${event.Type}) on ${plan.node.name}: ${summary}`, reason });
  return name;
}

export interface PermissionOptions {
  principal: string;
  sourceArn?: unknown;
  /** S3 bucket ARNs name no account, so the permission also pins the account. */
  withSourceAccount?: boolean;
  reason: string;
}

/** A resource-based permission that lets the source service invoke the function (plain CloudFormation). */
export function addPermission(ctx: ExportContext, edge: DesignEdge, options: PermissionOptions): string {
  const plan = ctx.plan(edge.target);
  const id = ctx.add(ctx.ids.derive(plan.id, `${ctx.idOf(edge.source)}Permission`), {
    Type: 'AWS::Lambda::Permission',
    Properties: {
      Action: 'lambda:InvokeFunction',
      FunctionName: invokeTarget(ctx, edge.target),
      Principal: options.principal,
      ...(options.sourceArn !== undefined ? { SourceArn: options.sourceArn } : {}),
      ...(options.withSourceAccount ? { SourceAccount: new Ref('AWS::AccountId') } : {}),
    },
  }, { group: 'trigger', node: edge.source, edge: edge.id });
  ctx.explain(edge.id, { what: 'permission', logicalId: id, summary: `${options.principal} may invoke ${plan.node.name}`, reason: options.reason });
  return id;
}

/** Target ids of rules and schedules: letters, digits, . _ - and at most 64 characters. */
export function targetId(logicalId: string): string {
  return logicalId.slice(0, 64);
}
