import { useMemo } from 'react';
import { estimateCost, formatUsd, vcpuOf } from '../../../shared/cost';
import type { NodeOfKind } from '../../../shared/model/design';
import { applyConfigChanges } from '../../../shared/model/edits/apply-changes';
import { useDesigner } from '../../state/store';
import { useUi } from '../../state/ui-store';

const SIZES = [128, 512, 1024, 1769, 3008, 10240];

/** What the memory setting buys: CPU (1,769 MB = 1 vCPU) and the function's monthly cost at each size. */
export function MemoryEffect({ fn }: { fn: NodeOfKind<'lambda-function'> }) {
  const design = useDesigner((s) => s.design);
  const freeTier = useUi((s) => s.costFreeTier);
  const scale = useUi((s) => s.costScale);
  const memory = fn.config.memorySize;
  const rows = useMemo(() => {
    const sizes = [...new Set([...SIZES, memory])].sort((a, b) => a - b);
    return sizes.map((size) => {
      const variant = size === memory ? design : applyConfigChanges(design, [{ target: 'node', id: fn.id, path: ['memorySize'], value: size }]);
      const line = estimateCost(variant, { freeTier, trafficScale: scale }).lines.find((l) => l.nodeId === fn.id);
      return { size, vcpu: vcpuOf(size), usd: line?.monthlyUsd ?? 0 };
    });
  }, [design, fn.id, memory, freeTier, scale]);
  return (
    <details className="memory-effect" data-testid="memory-effect">
      <summary>
        Memory {memory.toLocaleString('en-US')} MB ≈ {vcpuOf(memory).toFixed(2)} vCPU · {formatUsd(rows.find((r) => r.size === memory)?.usd ?? 0)}/month
      </summary>
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
      <p className="inspector-note">At the stated average duration. CPU grows with memory (1,769 MB is one vCPU), so CPU-bound code often runs shorter with more memory and can cost less.</p>
    </details>
  );
}
