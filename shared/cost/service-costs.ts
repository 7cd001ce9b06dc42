import { readTraffic } from '../catalog/traffic';
import type { DesignNode } from '../model/design';
import type { DesignIndex } from '../rules/design-index';
import { formatCount, formatPerMillion, formatPrice, formatUsd } from './format';
import type { PriceTable } from './price-table';
import { unitPriceWithin } from './tiered-price';
import { formatRate, type TrafficFlow, unitOf } from './traffic-flow';

/**
 * What the triggers and destinations around the functions cost a month: the biggest per-request
 * prices of the catalog's kinds (API Gateway, SQS, SNS, EventBridge, Kinesis, Step Functions).
 * Kinds whose own charges are not modelled (S3, DynamoDB, load balancers, CloudFront, Cognito,
 * CloudWatch Logs) get a line at $0 saying what is left out, when traffic passes through them.
 */

export interface ServiceCharge {
  label: string;
  usd: number;
  explanation: string;
}

export interface ServiceLine {
  nodeId: string;
  charges: ServiceCharge[];
}

/** Kinds priced here, which get a line even without traffic. */
export const PRICED_KINDS: ReadonlySet<string> = new Set([
  'api-gateway-rest', 'api-gateway-http', 'sqs-queue', 'sns-topic', 'eventbridge-bus', 'eventbridge-schedule', 'kinesis-stream', 'step-functions',
]);

const LEFT_OUT: Record<string, string> = {
  's3-bucket': 'S3 event notifications are free; S3 requests and storage are left out',
  'dynamodb-table': 'Lambda reads the table’s stream for free; DynamoDB reads, writes and storage are left out',
  alb: 'Load balancer hours and LCUs are left out',
  cloudfront: 'CloudFront requests and data transfer are left out',
  'cognito-user-pool': 'Cognito monthly active users are left out',
  'log-group': 'CloudWatch Logs ingestion and storage are left out',
  'eventbridge-rule': 'Rules add nothing to the price of the events on their bus',
  'cloudfront-function': 'CloudFront Functions invocations are left out',
};

const chunks = (sizeKB: number | undefined, chunkKB: number) => Math.max(1, Math.ceil((sizeKB ?? 0) / chunkKB));

function requestCharge(label: string, units: number, unit: string, perUnit: number, steps = 1, stepsWhy = ''): ServiceCharge {
  const usd = units * steps * perUnit;
  const multiplied = steps > 1 ? ` × ${steps} ${stepsWhy} = ${formatCount(units * steps)}` : '';
  return { label, usd, explanation: `${formatCount(units)} ${unit}${multiplied} × ${formatPerMillion(perUnit)} = ${formatUsd(usd)}` };
}

/** Month totals of the tiered API Gateway prices: tiers apply to the account's requests of each API type. */
function apiTotals(index: DesignIndex, flow: TrafficFlow, month: number) {
  const total = (kind: 'api-gateway-rest' | 'api-gateway-http') =>
    index.ofKind(kind).reduce((sum, n) => sum + (flow.nodes.get(n.id)?.perSecond ?? 0) * month, 0);
  return { rest: total('api-gateway-rest'), http: total('api-gateway-http') };
}

export function serviceLines(index: DesignIndex, flow: TrafficFlow, prices: PriceTable): ServiceLine[] {
  const month = prices.secondsPerMonth;
  const api = apiTotals(index, flow, month);
  const restPrice = unitPriceWithin(api.rest, prices.apiGateway.rest);
  const httpPrice = unitPriceWithin(api.http, prices.apiGateway.http);
  const lines: ServiceLine[] = [];

  for (const node of index.nodes) {
    const perSecond = flow.nodes.get(node.id)?.perSecond ?? 0;
    const units = perSecond * month;
    const unit = unitOf(node.kind);
    const quiet = perSecond <= 0 && PRICED_KINDS.has(node.kind) && node.kind !== 'kinesis-stream';
    const charges = quiet ? [{ label: 'Requests', usd: 0, explanation: 'No traffic reaches it' }] : chargesOf(node, units, unit);
    if (charges) lines.push({ nodeId: node.id, charges });
    else if (perSecond > 0 && LEFT_OUT[node.kind]) {
      lines.push({ nodeId: node.id, charges: [{ label: 'Not priced', usd: 0, explanation: `${formatRate(perSecond, unit)}: ${LEFT_OUT[node.kind]}` }] });
    }
  }
  return lines;

  function chargesOf(node: DesignNode, units: number, unit: string): ServiceCharge[] | undefined {
    const size = readTraffic(node.config).messageSizeKB;
    switch (node.kind) {
      case 'api-gateway-rest':
        return [requestCharge(restPrice.blended ? 'Requests (tiers blended over the account’s REST API calls)' : 'Requests', units, unit, restPrice.usdPerUnit)];
      case 'api-gateway-http': {
        const steps = chunks(size, prices.apiGateway.httpMeteringKB);
        return [requestCharge(httpPrice.blended ? 'Requests (tiers blended over the account’s HTTP API calls)' : 'Requests', units, unit, httpPrice.usdPerUnit, steps, `${prices.apiGateway.httpMeteringKB} KB steps`)];
      }
      case 'sqs-queue': {
        const perUnit = (node.config.fifo ? prices.sqs.fifoUsdPerMillion : prices.sqs.standardUsdPerMillion) / 1e6;
        const chunk = chunks(size, prices.sqs.chunkKB);
        const sends = units * chunk;
        const batches = index.out(node.id, 'event-source-mapping').reduce((sum, e) => {
          const fnFlows = flow.invocations.get(e.target) ?? [];
          return sum + fnFlows.filter((f) => f.edgeId === e.id).reduce((s, f) => s + f.invocationsPerSecond, 0) * month;
        }, 0);
        const requests = sends + 2 * batches;
        const usd = requests * perUnit;
        const sent = `${formatCount(units)} messages sent${chunk > 1 ? ` × ${chunk} chunks of ${prices.sqs.chunkKB} KB` : ''}`;
        const polled = batches > 0 ? ` + ${formatCount(batches)} batches × 2 (receive, delete)` : '';
        return [{
          label: node.config.fifo ? 'Requests (FIFO)' : 'Requests',
          usd,
          explanation: `${sent}${polled} = ${formatCount(requests)} requests × ${formatPerMillion(perUnit)} = ${formatUsd(usd)}`,
        }];
      }
      case 'sns-topic': {
        if (node.config.fifo) return [{ label: 'Publishes (FIFO)', usd: 0, explanation: `${formatCount(units)} messages: FIFO topic pricing (publishes and payload) is not modelled` }];
        const chunk = chunks(size, prices.sns.chunkKB);
        const charge = requestCharge('Publishes', units, 'publishes', prices.sns.publishUsdPerMillion / 1e6, chunk, `chunks of ${prices.sns.chunkKB} KB`);
        const subscribers = index.out(node.id).filter((e) => e.meaning === 'subscription' || e.meaning === 'invoke-async').length;
        return [{ ...charge, explanation: `${charge.explanation}${subscribers > 0 ? `; deliveries to its ${subscribers} SQS and Lambda subscriber${subscribers === 1 ? '' : 's'} are free` : ''}` }];
      }
      case 'eventbridge-bus': {
        const chunk = chunks(size, prices.eventBridge.chunkKB);
        return [requestCharge('Custom events', units, 'events', prices.eventBridge.customEventUsdPerMillion / 1e6, chunk, `chunks of ${prices.eventBridge.chunkKB} KB`)];
      }
      case 'eventbridge-schedule':
        if (node.config.engine === 'events-rule') return [{ label: 'Scheduled rule', usd: 0, explanation: `${formatCount(units)} events: scheduled rules cost nothing` }];
        return [requestCharge('Scheduler invocations', units, 'invocations', prices.eventBridge.schedulerUsdPerMillion / 1e6)];
      case 'kinesis-stream': {
        if (node.config.streamMode === 'ON_DEMAND') return [{ label: 'On-demand stream', usd: 0, explanation: `${formatCount(units)} records: on-demand stream pricing (stream hours, GB in and out) is not modelled` }];
        const hours = month / 3600;
        const shardUsd = node.config.shardCount * hours * prices.kinesis.shardHourUsd;
        const payloadUnits = chunks(size, prices.kinesis.payloadUnitKB);
        const perUnit = prices.kinesis.putPayloadUnitUsdPerMillion / 1e6;
        return [
          { label: 'Shard hours', usd: shardUsd, explanation: `${formatCount(node.config.shardCount)} shards × ${formatCount(hours)} h × ${formatPrice(prices.kinesis.shardHourUsd)} = ${formatUsd(shardUsd)}, records or not` },
          requestCharge('PUT payload units', units, 'records', perUnit, payloadUnits, `units of ${prices.kinesis.payloadUnitKB} KB`),
        ];
      }
      case 'step-functions': {
        if (node.config.type === 'EXPRESS') {
          const charge = requestCharge('Express requests', units, 'executions', prices.stepFunctions.expressRequestUsdPerMillion / 1e6);
          return [{ ...charge, explanation: `${charge.explanation} (Express duration is not modelled)` }];
        }
        const stated = readTraffic(node.config).transitionsPerExecution;
        const tasks = index.out(node.id, 'invoke-sync').length;
        const transitions = stated ?? tasks + 1;
        const perTransition = prices.stepFunctions.standardUsdPerThousandTransitions / 1000;
        const usd = units * transitions * perTransition;
        const why = stated !== undefined ? 'stated' : `${tasks} task${tasks === 1 ? '' : 's'} + 1, assumed`;
        return [{
          label: 'State transitions',
          usd,
          explanation: `${formatCount(units)} executions × ${transitions} transitions (${why}) = ${formatCount(units * transitions)} × ${formatPrice(prices.stepFunctions.standardUsdPerThousandTransitions)}/1,000 = ${formatUsd(usd)}`,
        }];
      }
      default:
        return undefined;
    }
  }
}
