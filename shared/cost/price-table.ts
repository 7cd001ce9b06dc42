import { SECONDS_PER_MONTH } from '../catalog/traffic';

/**
 * The prices the estimate uses, kept as data: one region (us-east-1), on-demand, in USD, with the
 * day they were checked and where each comes from. Nothing here is fetched at run time; update the
 * figures and `asOf` together when AWS changes a price.
 */

/** A band of a tiered price: units up to `upTo` (cumulative, per month) cost `usdPerUnit`; the last band has no end. */
export interface PriceTier {
  upTo: number | null;
  usdPerUnit: number;
}

export type Architecture = 'x86_64' | 'arm64';

export interface PriceSource {
  url: string;
  /** How the figure was checked, and anything doubtful about it. */
  note: string;
}

export interface PriceTable {
  /** The day the figures were checked (yyyy-mm-dd). */
  asOf: string;
  region: 'us-east-1';
  currency: 'USD';
  /** Length of the month the estimate prices: 30 days, so 1 request a second is 2,592,000 a month. */
  secondsPerMonth: number;
  lambda: {
    requestUsdPerMillion: number;
    /** On-demand duration per GB-second, tiered on the account's monthly total per architecture. */
    duration: Record<Architecture, readonly PriceTier[]>;
    /** Provisioned concurrency: per GB-second configured, whether or not it runs. */
    provisionedUsdPerGbSecond: Record<Architecture, number>;
    /** Duration of invocations served by provisioned environments, per GB-second. */
    provisionedDurationUsdPerGbSecond: Record<Architecture, number>;
    /** Ephemeral storage above the free 512 MB, per GB-second of duration. */
    ephemeralUsdPerGbSecond: number;
    freeEphemeralMB: number;
    /** Asynchronous events: the first 256 KB is one request, each further 64 KB chunk (up to 1 MB) one more. */
    asyncEventFreeKB: number;
    asyncEventChunkKB: number;
    asyncEventMaxKB: number;
    /** Lambda@Edge: no free tier, no architecture choice. */
    edge: { requestUsdPerMillion: number; durationUsdPerGbSecond: number };
    /** The monthly free tier: requests and on-demand GB-seconds of both architectures together. */
    freeTier: { requests: number; gbSeconds: number };
  };
  apiGateway: {
    /** REST APIs, per million requests, tiered on the monthly total. */
    rest: readonly PriceTier[];
    /** HTTP APIs, per million requests metered in 512 KB steps, tiered. */
    http: readonly PriceTier[];
    httpMeteringKB: number;
  };
  sqs: { standardUsdPerMillion: number; fifoUsdPerMillion: number; chunkKB: number };
  sns: { publishUsdPerMillion: number; chunkKB: number };
  eventBridge: { customEventUsdPerMillion: number; chunkKB: number; schedulerUsdPerMillion: number };
  kinesis: { shardHourUsd: number; putPayloadUnitUsdPerMillion: number; payloadUnitKB: number };
  stepFunctions: { standardUsdPerThousandTransitions: number; expressRequestUsdPerMillion: number };
  /** Where each figure comes from, by the path of the figure in this table (e.g. "lambda.duration"). */
  sources: Record<string, PriceSource>;
}

const LAMBDA_PAGE = 'https://aws.amazon.com/lambda/pricing/';
const PRICE_LIST = 'https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AWSLambda/current/us-east-1/index.json';

export const PRICE_TABLE: PriceTable = {
  asOf: '2026-11-23',
  region: 'us-east-1',
  currency: 'USD',
  secondsPerMonth: SECONDS_PER_MONTH,
  lambda: {
    requestUsdPerMillion: 0.2,
    duration: {
      x86_64: [
        { upTo: 6_000_000_000, usdPerUnit: 0.0000166667 },
        { upTo: 15_000_000_000, usdPerUnit: 0.000015 },
        { upTo: null, usdPerUnit: 0.0000133334 },
      ],
      arm64: [
        { upTo: 7_500_000_000, usdPerUnit: 0.0000133334 },
        { upTo: 18_750_000_000, usdPerUnit: 0.0000120001 },
        { upTo: null, usdPerUnit: 0.0000106667 },
      ],
    },
    provisionedUsdPerGbSecond: { x86_64: 0.0000041667, arm64: 0.0000033334 },
    provisionedDurationUsdPerGbSecond: { x86_64: 0.0000097222, arm64: 0.0000077778 },
    ephemeralUsdPerGbSecond: 0.0000000309,
    freeEphemeralMB: 512,
    asyncEventFreeKB: 256,
    asyncEventChunkKB: 64,
    asyncEventMaxKB: 1024,
    edge: { requestUsdPerMillion: 0.6, durationUsdPerGbSecond: 0.00005001 },
    freeTier: { requests: 1_000_000, gbSeconds: 400_000 },
  },
  apiGateway: {
    rest: [
      { upTo: 333_000_000, usdPerUnit: 3.5 / 1e6 },
      { upTo: 1_000_000_000, usdPerUnit: 2.8 / 1e6 },
      { upTo: 20_000_000_000, usdPerUnit: 2.38 / 1e6 },
      { upTo: null, usdPerUnit: 1.51 / 1e6 },
    ],
    http: [
      { upTo: 300_000_000, usdPerUnit: 1.0 / 1e6 },
      { upTo: null, usdPerUnit: 0.9 / 1e6 },
    ],
    httpMeteringKB: 512,
  },
  sqs: { standardUsdPerMillion: 0.4, fifoUsdPerMillion: 0.5, chunkKB: 64 },
  sns: { publishUsdPerMillion: 0.5, chunkKB: 64 },
  eventBridge: { customEventUsdPerMillion: 1.0, chunkKB: 64, schedulerUsdPerMillion: 1.0 },
  kinesis: { shardHourUsd: 0.015, putPayloadUnitUsdPerMillion: 0.014, payloadUnitKB: 25 },
  stepFunctions: { standardUsdPerThousandTransitions: 0.025, expressRequestUsdPerMillion: 1.0 },
  sources: {
    'lambda.requestUsdPerMillion': { url: LAMBDA_PAGE, note: '$0.20 per 1M requests, stated in every worked example on the page.' },
    'lambda.duration': {
      url: LAMBDA_PAGE,
      note: 'x86 $0.0000166667/GB-s (page examples). Tier bounds and discounts (6B/15B GB-s x86, 7.5B/18.75B arm64, −10%/−20%) from https://aws.amazon.com/blogs/compute/introducing-tiered-pricing-for-aws-lambda/; arm64 and tier prices from the Price List API (' + PRICE_LIST + '), checked against published transcriptions, not read from AWS directly.',
    },
    'lambda.provisionedUsdPerGbSecond': { url: LAMBDA_PAGE, note: 'x86 $0.0000041667 in the page\'s Provisioned Concurrency examples; arm64 $0.0000033334 from the Price List API (transcribed).' },
    'lambda.provisionedDurationUsdPerGbSecond': { url: LAMBDA_PAGE, note: 'x86 $0.0000097222 in the page\'s examples; arm64 $0.0000077778 from the Price List API (transcribed).' },
    'lambda.ephemeralUsdPerGbSecond': { url: LAMBDA_PAGE, note: '$0.0000000309 per GB-s above 512 MB, in the page\'s ephemeral storage example.' },
    'lambda.asyncEventFreeKB': { url: LAMBDA_PAGE, note: 'Asynchronous events: 1 request per event for the first 256 KB, 1 more per further 64 KB chunk up to 1 MB.' },
    'lambda.edge': { url: LAMBDA_PAGE, note: 'Lambda@Edge example: $0.60 per 1M requests, $0.00000625125 per 128 MB-second ($0.00005001 per GB-s).' },
    'lambda.freeTier': { url: LAMBDA_PAGE, note: '1M requests and 400,000 GB-seconds a month, both architectures together; not for Provisioned Concurrency.' },
    'apiGateway.rest': { url: 'https://docs.aws.amazon.com/whitepapers/latest/best-practices-api-gateway-private-apis-integration/cost-optimization.html', note: '$3.50/M first 333M, $2.80 next 667M, $2.38 next 19B, $1.51 over 20B (also https://aws.amazon.com/api-gateway/pricing/).' },
    'apiGateway.http': { url: 'https://docs.aws.amazon.com/whitepapers/latest/best-practices-api-gateway-private-apis-integration/cost-optimization.html', note: '$1.00/M first 300M, $0.90/M after; metered in 512 KB increments.' },
    'sqs': { url: 'https://aws.amazon.com/sqs/pricing/', note: 'Standard $0.40/M (first 100B), FIFO $0.50/M; each 64 KB chunk of a payload is one request. The rendered AWS page was not readable here: figures agree across independent 2026 write-ups of it.' },
    'sns': { url: 'https://aws.amazon.com/sns/pricing/', note: 'Standard topics $0.50 per 1M publishes (64 KB chunks); deliveries to SQS and Lambda are free. Checked in secondary sources only.' },
    'eventBridge': { url: 'https://aws.amazon.com/eventbridge/pricing/', note: 'Custom events $1.00/M (64 KB chunks), AWS service events free; Scheduler $1.00/M invocations after 14M free. Checked in secondary sources only.' },
    'kinesis': { url: 'https://aws.amazon.com/kinesis/data-streams/pricing/', note: 'Provisioned mode: $0.015 per shard-hour, $0.014 per 1M PUT payload units of 25 KB (AWS Pricing Calculator output; the unit definition is on the AWS page).' },
    'stepFunctions': { url: 'https://aws.amazon.com/step-functions/pricing/', note: 'Standard $0.025 per 1,000 state transitions (AWS page, US East); Express $1.00 per 1M requests (duration not priced here).' },
  },
};
