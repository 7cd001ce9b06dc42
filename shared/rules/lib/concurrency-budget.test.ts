import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeConcurrencyBudget } from '../../cost/concurrency-budget';
import { computeTrafficFlow } from '../../cost/traffic-flow';
import { arbitraryDesign, everyConnectionDesign } from '../../export/sample-designs.test-support';
import type { Design } from '../../model/design';
import { connectNodes } from '../../model/edits/connect-nodes';
import { removeElements } from '../../model/edits/remove-elements';
import { generateDesign } from '../../model/generate-design';
import { seededRandom } from '../../model/testing/pooled-edits';
import { randomStructuralEdit } from '../../model/testing/random-edits';
import { DesignIndex } from '../design-index';
import { DesignBuilder } from '../testing/design-builder';
import { recordingReads } from '../incremental/read-tracking';
import { trackedDesign } from '../incremental/tracked-design';
import { concurrencyBudgetOf, draftsWorkedOut } from './concurrency-budget';

const TODAY = '2026-11-23';

/** The budget as validation works it out (reads recorded, drafts taken along edits), as plain data. */
function alongEdits(design: Design): unknown {
  const index = new DesignIndex(trackedDesign(design), TODAY);
  return plain(recordingReads(new Set(), () => concurrencyBudgetOf(index)));
}

function fromScratch(design: Design): unknown {
  const index = new DesignIndex(design, TODAY);
  return plain(computeConcurrencyBudget(index, computeTrafficFlow(index, 1)));
}

// Explanations and names are read when asked: JSON asks for them all.
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

function follow(design: Design, seed: number, steps: number): void {
  const random = seededRandom(seed);
  let current = design;
  for (let step = 0; step < steps; step++) {
    expect(alongEdits(current), `step ${step}`).toEqual(fromScratch(current));
    current = randomStructuralEdit(current, random);
  }
}

describe('the concurrency budget along edits', () => {
  it('is the budget worked out from scratch at every step of random changes of structure', () => {
    follow(generateDesign(120, 5), 11, 40);
    follow(everyConnectionDesign(), 12, 30);
  });

  it('on random designs, loops included', () => {
    fc.assert(fc.property(arbitraryDesign, fc.integer({ min: 1, max: 1_000 }), (design, seed) => follow(design, seed, 6)), { numRuns: 60, seed: 4 });
  });

  it('works out again only the functions a removed queue fed', () => {
    const design = generateDesign(400, 2);
    const queue = design.nodes.find((n) => n.kind === 'sqs-queue' && design.edges.some((e) => e.source === n.id && e.meaning === 'event-source-mapping'));
    if (!queue) throw new Error('no queue feeding a function');
    const fed = design.edges.filter((e) => e.source === queue.id && e.meaning === 'event-source-mapping').length;
    alongEdits(design);
    const removed = removeElements(design, [queue.id]);
    expect(alongEdits(removed)).toEqual(fromScratch(removed));
    expect(draftsWorkedOut()).toBe(fed);
  });

  it('on a loop that starting from the functions would cut elsewhere than the design order does', () => {
    const b = new DesignBuilder();
    b.node('sqs-queue', 'queue', { traffic: { rate: 1 } });
    b.edge('queue', b.fn('writes-back'), 'event-source-mapping', { batchSize: 1 });
    b.edge('queue', b.fn('other'), 'event-source-mapping', { batchSize: 1 });
    b.edge('writes-back', 'queue', 'access');
    const design = b.build();
    expect(alongEdits(design)).toEqual(fromScratch(design));
  });

  it('charges a function with what flows into it even when another function worked that out first', () => {
    const b = new DesignBuilder();
    b.node('sns-topic', 'topic', { traffic: { rate: 1 } });
    b.edge('topic', b.fn('first'), 'invoke-async');
    b.edge('topic', b.fn('second'), 'invoke-async');
    b.fn('writer', { traffic: { rate: 2 } });
    const design = b.build();
    alongEdits(design);
    const writing = connectNodes(design, 'writer', 'topic', 'access').design;
    expect(alongEdits(writing)).toEqual(fromScratch(writing));
  });

  it('falls back to the design order once a function writes into the queue that feeds it (a loop)', () => {
    const design = generateDesign(60, 3);
    const mapping = design.edges.find((e) => e.meaning === 'event-source-mapping' && design.nodes.some((n) => n.id === e.source && n.kind === 'sqs-queue'));
    if (!mapping) throw new Error('no queue feeding a function');
    alongEdits(design);
    const looped = connectNodes(design, mapping.target, mapping.source, 'access').design;
    expect(looped.edges.length).toBe(design.edges.length + 1);
    expect(alongEdits(looped)).toEqual(fromScratch(looped));
    expect(alongEdits(design)).toEqual(fromScratch(design));
  });
});
