import type { NodeOfKind } from '../../model/design';
import type { ExportContext } from '../context';
import { GetAtt, type Intrinsic, Ref } from '../intrinsics';
import { functionArnFor, functionNameFor, invokeTarget } from '../references';
import { parseJsonObject } from './json-text';

const LAMBDA_RETRY = [{
  ErrorEquals: ['Lambda.ServiceException', 'Lambda.AWSLambdaException', 'Lambda.SdkClientException', 'Lambda.TooManyRequestsException'],
  IntervalSeconds: 1,
  MaxAttempts: 3,
  BackoffRate: 2,
}];

/** A chain of Lambda tasks, one per connected function, in connection order. */
function generatedDefinition(machine: NodeOfKind<'step-functions'>, steps: { state: string; variable: string }[]): Record<string, unknown> {
  if (steps.length === 0) return { Comment: `${machine.name} (no functions connected yet)`, StartAt: 'Done', States: { Done: { Type: 'Pass', End: true } } };
  const states: Record<string, unknown> = {};
  steps.forEach((step, i) => {
    const next = steps[i + 1];
    states[step.state] = {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { FunctionName: `\${${step.variable}}`, 'Payload.$': '$' },
      OutputPath: '$.Payload',
      Retry: LAMBDA_RETRY,
      ...(next ? { Next: next.state } : { End: true }),
    };
  });
  return { Comment: `${machine.name}: invokes the connected functions in turn`, StartAt: (steps[0] as { state: string }).state, States: states };
}

export function emitStateMachines(ctx: ExportContext): void {
  for (const machine of ctx.index.ofKind('step-functions')) {
    const id = ctx.idOf(machine.id);
    const edges = ctx.index.out(machine.id, 'invoke-sync', 'lambda-function');
    const substitutions: Record<string, Intrinsic> = {};
    const steps: { state: string; variable: string }[] = [];
    const states = new Set<string>();
    for (const edge of edges) {
      const plan = ctx.plan(edge.target);
      const variable = `${plan.id}Arn`;
      if (!(variable in substitutions)) substitutions[variable] = plan.named ? functionArnFor(ctx, edge.target) : invokeTarget(ctx, edge.target);
      let state = `Invoke ${plan.node.name}`.slice(0, 80);
      for (let n = 2; states.has(state); n++) state = `Invoke ${plan.node.name} ${n}`.slice(0, 80);
      states.add(state);
      steps.push({ state, variable });
    }
    const definition = parseJsonObject(machine.config.definition) ?? generatedDefinition(machine, steps);
    const hasSubstitutions = Object.keys(substitutions).length > 0;
    const invokeStatements = edges.length > 0
      ? [{ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: [...new Set(edges.map((e) => e.target))].flatMap((fn) => [functionArnFor(ctx, fn), functionArnFor(ctx, fn, true)]) }]
      : [];
    if (ctx.sam) {
      ctx.add(id, {
        Type: 'AWS::Serverless::StateMachine',
        Properties: {
          Type: machine.config.type,
          Definition: definition,
          ...(hasSubstitutions ? { DefinitionSubstitutions: substitutions } : {}),
          Policies: [...new Set(edges.map((e) => e.target))].map((fn) => ({ LambdaInvokePolicy: { FunctionName: functionNameFor(ctx, fn) } })),
        },
      }, { group: 'trigger', node: machine.id });
    } else {
      const role = ctx.add(ctx.ids.derive(id, 'Role'), {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'states.amazonaws.com' }, Action: 'sts:AssumeRole' }] },
          ...(invokeStatements.length > 0 ? { Policies: [{ PolicyName: 'InvokeFunctions', PolicyDocument: { Version: '2012-10-17', Statement: invokeStatements } }] } : {}),
        },
      }, { group: 'trigger', node: machine.id });
      ctx.add(id, {
        Type: 'AWS::StepFunctions::StateMachine',
        Properties: {
          StateMachineType: machine.config.type,
          Definition: definition,
          ...(hasSubstitutions ? { DefinitionSubstitutions: substitutions } : {}),
          RoleArn: new GetAtt(role, 'Arn'),
        },
      }, { group: 'trigger', node: machine.id });
      for (const edge of edges) ctx.explain(edge.id, { what: 'iam', logicalId: role, summary: `${machine.name} may invoke ${ctx.plan(edge.target).node.name}`, reason: 'Step Functions invokes tasks with the state machine’s role.' });
    }
    for (const edge of edges) {
      ctx.explain(edge.id, {
        what: 'event',
        logicalId: id,
        summary: `Task state invokes ${ctx.plan(edge.target).node.name} (DefinitionSubstitutions \${${ctx.plan(edge.target).id}Arn})`,
        reason: 'The state machine calls the function synchronously and waits for its result.',
      });
      if (ctx.sam) ctx.explain(edge.id, { what: 'iam', logicalId: id, summary: `LambdaInvokePolicy for ${ctx.plan(edge.target).node.name}`, reason: 'Step Functions invokes tasks with the state machine’s role.' });
    }
    ctx.output(`${id}Arn`, { Description: `ARN of ${machine.name}`, Value: new Ref(id) }, machine.id);
  }
}
