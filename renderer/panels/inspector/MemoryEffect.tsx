import { useState } from 'react';
import { estimateCost, formatUsd, vcpuOf } from '../../../shared/cost';
import type { Design, NodeOfKind } from '../../../shared/model/design';
import { applyConfigChanges } from '../../../shared/model/edits/apply-changes';
import { ignoringLayout } from '../../../shared/model/layout-only';
import { useCheckedDesign } from '../../state/checked-design';
import { useCostEstimate } from '../../state/cost-state';
import { useUi } from '../../state/ui-store';

const SIZES = [128, 512, 1024, 1769, 3008, 10240];

/**
 * What the memory setting buys: CPU (1,769 MB = 1 vCPU) and the function's monthly cost at each size.
 * The summary reads the estimate the cost panel shares; the table estimates the whole design once per
 * size, so only while it is open, and like every estimate, off the path of typing and dragging
 * (at 1,000 nodes it took 30 ms per mouse move of a drag when done on each change).
 */
export function MemoryEffect({ fn }: { fn: NodeOfKind<'lambda-function'> }) {
  const [open, setOpen] = useState(false);
  const estimate = useCostEstimate();
  const memory = fn.config.memorySize;
  const usd = estimate.lines.find((l) => l.nodeId === fn.id)?.monthlyUsd ?? 0;
  return (
    <details className="memory-effect" data-testid="memory-effect" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Memory {memory.toLocaleString('en-US')} MB ≈ {vcpuOf(memory).toFixed(2)} vCPU · {formatUsd(usd)}/month
      </summary>
      {open ? <MemoryTable fn={fn} /> : null}
      <p className="inspector-note">At the stated average duration. CPU grows with memory (1,769 MB is one vCPU), so CPU-bound code often runs shorter with more memory and can cost less.</p>
    </details>
  );
}

/** The function's monthly cost at each size, estimated again only when the design changed in more than its layout. */
const memoryRowsFor = ignoringLayout((design: Design, fnId: string, memory: number, freeTier: boolean, scale: number) => {
  const sizes = [...new Set([...SIZES, memory])].sort((a, b) => a - b);
  return sizes.map((size) => {
    const variant = applyConfigChanges(design, [{ target: 'node', id: fnId, path: ['memorySize'], value: size }]);
    const line = estimateCost(variant, { freeTier, trafficScale: scale }).lines.find((l) => l.nodeId === fnId);
    return { size, vcpu: vcpuOf(size), usd: line?.monthlyUsd ?? 0 };
  });
});

/** CPU and monthly cost of the function at each of the usual sizes and its own. */
export function MemoryTable({ fn }: { fn: NodeOfKind<'lambda-function'> }) {
  const design = useCheckedDesign();
  const freeTier = useUi((s) => s.costFreeTier);
  const scale = useUi((s) => s.costScale);
  const memory = fn.config.memorySize;
  const rows = memoryRowsFor(design, fn.id, memory, freeTier, scale);
  return (
    <table>
      <thead>
        <tr>
          <th>Memory</th>
          <th>vCPU</th>
          <th>Per month</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.size} className={r.size === memory ? 'is-current' : undefined}>
            <td>{r.size.toLocaleString('en-US')} MB</td>
            <td>{r.vcpu.toFixed(2)}</td>
            <td>{formatUsd(r.usd)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
