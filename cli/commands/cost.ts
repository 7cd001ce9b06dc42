import { costCsv } from '../../shared/cost/cost-csv';
import { type CostEstimate, estimateCost } from '../../shared/cost/estimate-cost';
import { formatCount, formatUsd } from '../../shared/cost/format';
import { formatRate } from '../../shared/cost/traffic-flow';
import type { CliCommand } from '../command';
import { parseOptions } from '../command';
import { readDesignInput } from '../read-design-input';

const USAGE = `Usage: lambda-designer cost <design.lambda.json|template.yaml> [--format text|json|csv] [--no-free-tier] [--scale N]

Estimates what a design, or a SAM or CloudFormation template, costs a month at us-east-1 on-demand
prices, from the traffic its triggers state and its functions' average durations, with every figure's
computation; and each function's expected concurrency against its reservation and the account.

Exit status: 0 with an estimate, 2 when the input cannot be read (the reason on standard error).

Options:
  --format text|json|csv  text for people (default); json: the whole estimate; csv: the breakdown
  --no-free-tier          bill the first 1M requests and 400,000 GB-s too
  --scale N               multiply every stated load by N (what-if; schedules keep their rate)`;

const KNOWN = new Set(['--format', '--no-free-tier', '--scale']);

const STATUS: Record<string, string> = { 'no-traffic': 'no traffic', fits: 'fits', throttles: 'THROTTLES', backlog: 'falls behind' };

function textReport(file: string, estimate: CostEstimate): string {
  const out: string[] = [];
  const { prices, freeTier } = estimate;
  out.push(`${file}: ${formatUsd(estimate.totalUsd)} a month (${prices.region} on-demand prices as of ${prices.asOf}; free tier ${freeTier.enabled ? 'on' : 'off'}${estimate.trafficScale !== 1 ? `; traffic × ${formatCount(estimate.trafficScale)}` : ''})`);
  out.push('', 'By component:');
  const width = Math.max(...estimate.lines.map((l) => formatUsd(l.monthlyUsd).length), 5);
  for (const line of estimate.lines) {
    out.push(`  ${formatUsd(line.monthlyUsd).padStart(width)}  ${line.name} (${line.kindLabel}, ${line.nodeId})`);
    for (const charge of line.charges) out.push(`  ${''.padStart(width)}    ${charge.label}: ${charge.explanation}`);
  }
  out.push('', 'By kind:');
  for (const kind of estimate.byKind) out.push(`  ${formatUsd(kind.monthlyUsd).padStart(width)}  ${kind.label} (${kind.count})`);
  if (estimate.concurrency.functions.length > 0) {
    out.push('', 'Concurrency:');
    for (const fn of estimate.concurrency.functions) {
      const limit = fn.limitKind === 'reserved' ? `reserved ${formatCount(fn.limit)}` : `${formatCount(fn.limit)} unreserved`;
      out.push(`  ${fn.name} (${fn.nodeId}): ${formatCount(fn.expected)} of ${limit} at ${formatRate(fn.invocationsPerSecond, 'invocations')}: ${STATUS[fn.status] ?? fn.status}`);
      out.push(`    ${fn.explanation}`);
    }
    out.push(`  ${estimate.concurrency.account.explanation}`);
  }
  out.push('', 'Notes:', ...estimate.notes.map((n) => `  - ${n}`));
  return `${out.join('\n')}\n`;
}

export const costCommand: CliCommand = {
  name: 'cost',
  summary: 'estimate the monthly cost and concurrency budget of a design or template',
  usage: USAGE,
  async run(args, io) {
    const { positional, options } = parseOptions(args, ['--format', '--scale']);
    const unknown = [...options.keys()].filter((o) => !KNOWN.has(o));
    const format = options.get('--format') ?? 'text';
    const scaleText = options.get('--scale');
    const scale = scaleText === undefined ? 1 : Number(scaleText);
    const problem =
      unknown.length > 0 ? `unknown option ${unknown.join(', ')}`
      : positional.length !== 1 ? 'expected one design or template file'
      : format !== 'text' && format !== 'json' && format !== 'csv' ? `--format must be text, json or csv, not ${String(format)}`
      : scaleText !== undefined && (scaleText === true || !Number.isFinite(scale) || scale <= 0) ? '--scale needs a positive number, e.g. --scale 10'
      : options.get('--no-free-tier') !== undefined && options.get('--no-free-tier') !== true ? '--no-free-tier takes no value'
      : null;
    if (problem) {
      io.stderr(`lambda-designer cost: ${problem}\n\n${USAGE}\n`);
      return 2;
    }
    const file = positional[0] as string;
    const input = await readDesignInput(file, io);
    if (!input.ok) {
      io.stderr(`lambda-designer cost: ${input.reason}\n`);
      return 2;
    }
    for (const warning of input.warnings) io.stderr(`warning: ${warning}\n`);
    const estimate = estimateCost(input.design, { freeTier: !options.has('--no-free-tier'), trafficScale: scale });
    if (format === 'json') io.stdout(`${JSON.stringify(estimate, null, 2)}\n`);
    else if (format === 'csv') io.stdout(costCsv(estimate));
    else io.stdout(textReport(file, estimate));
    return 0;
  },
};
