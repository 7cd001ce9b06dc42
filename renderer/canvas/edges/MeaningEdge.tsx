import { BaseEdge, EdgeLabelRenderer, type EdgeProps, getBezierPath } from '@xyflow/react';
import { memo } from 'react';
import { MEANINGS } from '../../../shared/model/meaning';
import { FindingBadge } from '../FindingBadge';
import type { FlowEdge } from '../to-flow';

/** An edge drawn by what it means: line style per invocation model, a short label at its middle. */
export const MeaningEdge = memo(function MeaningEdge(props: EdgeProps<FlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected } = props;
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const meaning = data?.edge.meaning;
  const info = meaning ? MEANINGS[meaning] : undefined;
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={`url(#arrow-${info?.style ?? 'sync'})`} className={selected ? 'is-selected' : undefined} />
      {info ? (
        <EdgeLabelRenderer>
          <div
            className={`edge-label edge-label-${info.style}${selected ? ' is-selected' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            data-testid={`edge-${id}`}
            data-meaning={meaning}
          >
            {info.label}
            <FindingBadge id={id} kind="edge" />
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
});
