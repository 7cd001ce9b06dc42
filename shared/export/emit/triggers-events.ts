import type { NodeOfKind } from '../../model/design';
import type { ExportContext } from '../context';
import { GetAtt, Ref } from '../intrinsics';
import { functionArnFor, invokeTarget } from '../references';
import { parseJsonObject } from './json-text';
import { addPermission, addSamEvent, targetId } from './trigger-helpers';

const FALLBACK_PATTERN = { source: ['my.application'] };

function patternOf(rule: NodeOfKind<'eventbridge-rule'>): Record<string, unknown> {
  return parseJsonObject(rule.config.eventPattern) ?? FALLBACK_PATTERN;
}

/** The rule's bus. In SAM a rule with targets lives in its functions' events, so those are what the connection points at. */
function busOf(ctx: ExportContext, rule: NodeOfKind<'eventbridge-rule'>, holders: string[]): Ref | undefined {
  const edges = ctx.index.in(rule.id, 'subscription', 'eventbridge-bus');
  edges.forEach((edge, i) => {
    if (i > 0) {
      ctx.explain(edge.id, { what: 'other', summary: 'Not written', reason: 'A rule belongs to one event bus; an earlier connection provides it.' });
      return;
    }
    for (const holder of holders) {
      ctx.explain(edge.id, { what: 'other', logicalId: holder, summary: `${rule.name} matches events on ${ctx.index.node(edge.source)?.name} (EventBusName)`, reason: 'A rule belongs to one event bus.' });
    }
  });
  return edges[0] ? new Ref(ctx.idOf(edges[0].source)) : undefined;
}

function emitRules(ctx: ExportContext): void {
  for (const rule of ctx.index.ofKind('eventbridge-rule')) {
    const ruleId = ctx.idOf(rule.id);
    const edges = ctx.index.out(rule.id, 'invoke-async', 'lambda-function');
    // Written as a SAM event inside each function, unless an imported template wrote it as a resource of its own.
    const samEvents = ctx.sam && edges.length > 0 && ctx.importedType(rule.id) !== 'AWS::Events::Rule';
    const bus = busOf(ctx, rule, samEvents ? [...new Set(edges.map((e) => ctx.plan(e.target).id))] : [ruleId]);
    const pattern = patternOf(rule);
    if (samEvents) {
      for (const edge of edges) {
        ctx.mapNode(rule.id, ctx.plan(edge.target).id);
        addSamEvent(ctx, edge, {
          Type: 'EventBridgeRule',
          Properties: { Pattern: pattern, ...(bus ? { EventBusName: bus } : {}), ...(rule.config.state === 'DISABLED' ? { State: 'DISABLED' } : {}) },
        }, `events matching ${rule.name}`, 'EventBridge invokes the function asynchronously for each matching event; SAM writes the rule and the permission.');
      }
      continue;
    }
    ctx.add(ruleId, {
      Type: 'AWS::Events::Rule',
      Properties: {
        ...(bus ? { EventBusName: bus } : {}),
        EventPattern: pattern,
        State: rule.config.state,
        ...(edges.length > 0 ? { Targets: edges.map((e) => ({ Id: targetId(ctx.plan(e.target).id), Arn: invokeTarget(ctx, e.target) })) } : {}),
      },
    }, { group: 'trigger', node: rule.id });
    for (const edge of edges) {
      ctx.explain(edge.id, { what: 'event', logicalId: ruleId, summary: `Target of ${rule.name}`, reason: 'EventBridge invokes the function asynchronously for each matching event.' });
      addPermission(ctx, edge, { principal: 'events.amazonaws.com', sourceArn: new GetAtt(ruleId, 'Arn'), reason: 'EventBridge may invoke the function only when its resource policy allows this rule.' });
    }
  }
}

function flexibleWindow(schedule: NodeOfKind<'eventbridge-schedule'>): Record<string, unknown> {
  const minutes = schedule.config.flexibleWindowMinutes;
  return minutes > 0 ? { Mode: 'FLEXIBLE', MaximumWindowInMinutes: minutes } : { Mode: 'OFF' };
}

function emitSchedules(ctx: ExportContext): void {
  for (const schedule of ctx.index.ofKind('eventbridge-schedule')) {
    const scheduleId = ctx.idOf(schedule.id);
    const edges = ctx.index.out(schedule.id, 'invoke-async', 'lambda-function');
    if (edges.length === 0) continue;
    const { scheduleExpression, timezone, engine } = schedule.config;
    const ownResource = ['AWS::Events::Rule', 'AWS::Scheduler::Schedule'].includes(ctx.importedType(schedule.id) ?? '');
    if (ctx.sam && !ownResource) {
      for (const edge of edges) {
        ctx.mapNode(schedule.id, ctx.plan(edge.target).id);
        const event = engine === 'scheduler'
          ? { Type: 'ScheduleV2', Properties: { ScheduleExpression: scheduleExpression, ScheduleExpressionTimezone: timezone, FlexibleTimeWindow: flexibleWindow(schedule) } }
          : { Type: 'Schedule', Properties: { Schedule: scheduleExpression } };
        addSamEvent(ctx, edge, event, `${scheduleExpression}`, engine === 'scheduler'
          ? 'EventBridge Scheduler invokes the function on the schedule; SAM writes the schedule and its role.'
          : 'A scheduled EventBridge rule invokes the function; SAM writes the rule and the permission.');
      }
      continue;
    }
    if (engine === 'events-rule') {
      ctx.add(scheduleId, {
        Type: 'AWS::Events::Rule',
        Properties: { ScheduleExpression: scheduleExpression, State: 'ENABLED', Targets: edges.map((e) => ({ Id: targetId(ctx.plan(e.target).id), Arn: invokeTarget(ctx, e.target) })) },
      }, { group: 'trigger', node: schedule.id });
      for (const edge of edges) {
        ctx.explain(edge.id, { what: 'event', logicalId: scheduleId, summary: `Target of the scheduled rule ${schedule.name}`, reason: 'The rule invokes the function asynchronously on the schedule.' });
        addPermission(ctx, edge, { principal: 'events.amazonaws.com', sourceArn: new GetAtt(scheduleId, 'Arn'), reason: 'EventBridge may invoke the function only when its resource policy allows this rule.' });
      }
      continue;
    }
    const role = ctx.add(ctx.ids.derive(scheduleId, 'Role'), {
      Type: 'AWS::IAM::Role',
      Properties: {
        AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'scheduler.amazonaws.com' }, Action: 'sts:AssumeRole' }] },
        Policies: [{
          PolicyName: 'InvokeTargets',
          PolicyDocument: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: edges.flatMap((e) => [functionArnFor(ctx, e.target), functionArnFor(ctx, e.target, true)]) }],
          },
        }],
      },
    }, { group: 'trigger', node: schedule.id });
    for (const edge of edges) {
      const id = edges.length === 1 ? scheduleId : ctx.ids.derive(scheduleId, ctx.plan(edge.target).id);
      ctx.add(id, {
        Type: 'AWS::Scheduler::Schedule',
        Properties: {
          ScheduleExpression: scheduleExpression,
          ScheduleExpressionTimezone: timezone,
          FlexibleTimeWindow: flexibleWindow(schedule),
          State: 'ENABLED',
          Target: { Arn: invokeTarget(ctx, edge.target), RoleArn: new GetAtt(role, 'Arn') },
        },
      }, { group: 'trigger', node: schedule.id, edge: edge.id });
      ctx.explain(edge.id, { what: 'event', logicalId: id, summary: `Schedule ${scheduleExpression} targets ${ctx.plan(edge.target).node.name}`, reason: 'EventBridge Scheduler invokes the function asynchronously on the schedule.' });
      ctx.explain(edge.id, { what: 'iam', logicalId: role, summary: `Scheduler role may invoke ${ctx.plan(edge.target).node.name}`, reason: 'Scheduler invokes targets with a role, not a resource policy.' });
    }
  }
}

/** EventBridge rules and schedules. */
export function emitEventTriggers(ctx: ExportContext): void {
  emitRules(ctx);
  emitSchedules(ctx);
}
