import { createIncrementalExport } from '../shared/export/incremental-export';
import type { ExportTarget } from '../shared/export/template-types';
import type { Design } from '../shared/model/design';
import { addNodeAt } from '../shared/model/edits/add-node';
import { applyConfigChanges } from '../shared/model/edits/apply-changes';
import { connectNodes } from '../shared/model/edits/connect-nodes';
import { moveNodes } from '../shared/model/edits/move-nodes';
import { removeElements } from '../shared/model/edits/remove-elements';
import { renameNode } from '../shared/model/edits/rename-node';
import { ignoringLayout } from '../shared/model/layout-only';
import { createIncrementalValidator } from '../shared/rules/incremental/incremental-validator';
import { type Measurement, summarise } from './measure';

const TODAY = '2026-11-23';

export const EDIT_PREFIX = 'edit + validate + export SAM: ';
const CFN_EDIT_PREFIX = 'edit + validate + export CloudFormation: ';

/** One edit as the app makes it, from the same design each time (`step` varies what it sets). */
interface EditScenario {
  name: string;
  edit: (design: Design, step: number) => Design;
}

function scenarios(design: Design): EditScenario[] {
  const table = design.nodes.find((n) => n.kind === 'dynamodb-table');
  const fn = design.nodes.find((n) => n.kind === 'lambda-function' && !design.edges.some((e) => e.source === n.id && e.target === table?.id));
  const edge = design.edges.find((e) => e.meaning === 'on-failure');
  const queue = design.nodes.find((n) => n.kind === 'sqs-queue');
  if (!fn || !table || !edge || !queue) throw new Error('the generated design lacks a function, a table, an on-failure connection or a queue');
  return [
    { name: 'one setting (memory)', edit: (d, step) => applyConfigChanges(d, [{ target: 'node', id: fn.id, path: ['memorySize'], value: 256 + (step % 64) }]) },
    { name: 'rename a function', edit: (d, step) => renameNode(d, fn.id, `Orders handler ${step}`) },
    { name: 'connect a function to a table', edit: (d) => connectNodes(d, fn.id, table.id, 'access').design },
    { name: 'remove a connection', edit: (d) => removeElements(d, [], [edge.id]) },
    { name: 'add a queue', edit: (d) => addNodeAt(d, 'sqs-queue', { x: -400, y: -400 }).design },
    { name: 'remove a queue', edit: (d) => removeElements(d, [queue.id]) },
    { name: 'move a function', edit: (d, step) => moveNodes(d, [{ id: fn.id, position: { x: step % 500, y: 40 } }]) },
  ];
}

/**
 * Each kind of edit on the design as the app follows it: the incremental validator (skipped when
 * only the layout changed) and the template panel's incremental export, to SAM and to
 * CloudFormation. Each run starts from the same design, already validated and exported, so it
 * times one edit after others, as in the app.
 */
export function measureEdits(design: Design, size: number, runs: number): Measurement[] {
  return [...measureEditsFor('sam', EDIT_PREFIX, design, size, runs), ...measureEditsFor('cfn', CFN_EDIT_PREFIX, design, size, runs)];
}

function measureEditsFor(target: ExportTarget, prefix: string, design: Design, size: number, runs: number): Measurement[] {
  const validator = createIncrementalValidator();
  const validate = ignoringLayout((d: Design) => validator.validate(d, { today: TODAY }));
  const exporter = createIncrementalExport(target);
  const follow = (d: Design) => {
    validate(d);
    return exporter.text(d);
  };
  return scenarios(design).map((scenario) => {
    const times: number[] = [];
    for (let step = 0; step < runs + 3; step++) {
      follow(design);
      const start = performance.now();
      follow(scenario.edit(design, step));
      const elapsed = performance.now() - start;
      if (step >= 3) times.push(elapsed);
    }
    return summarise(`${prefix}${scenario.name}`, size, times);
  });
}
