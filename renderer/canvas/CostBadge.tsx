import { formatUsd } from '../../shared/cost';
import { useCostEstimate } from '../state/cost-state';
import './cost-badge.css';

/** The component's monthly cost under its name, once the design states traffic. */
export function CostBadge({ id }: { id: string }) {
  const estimate = useCostEstimate();
  if (!estimate.trafficStated) return null;
  const line = estimate.lines.find((l) => l.nodeId === id);
  if (!line || line.monthlyUsd < 0.005) return null;
  return (
    <span className="cost-badge" data-testid={`cost-${id}`} title={line.explanation}>
      {formatUsd(line.monthlyUsd)}/mo
    </span>
  );
}
