import { useNodeCost } from '../state/cost-state';
import './cost-badge.css';

/** The component's monthly cost under its name, once the design states traffic. */
export function CostBadge({ id }: { id: string }) {
  const cost = useNodeCost(id);
  if (!cost) return null;
  return (
    <span className="cost-badge" data-testid={`cost-${id}`} title={cost.explanation}>
      {cost.text}
    </span>
  );
}
