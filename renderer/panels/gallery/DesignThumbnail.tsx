import { getKind } from '../../../shared/catalog/registry';
import type { Design } from '../../../shared/model/design';
import { absolutePosition, nodeSize } from '../../../shared/model/edits/geometry';
import { iconUrl } from '../../canvas/icons';

/** A small picture of a design: containers as outlines, components as icons, edges as lines. */
export function DesignThumbnail({ design }: { design: Design }) {
  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  const boxes = design.nodes.map((node) => ({ node, ...absolutePosition(design, node.id, byId), ...nodeSize(node) }));
  if (boxes.length === 0) return <svg className="thumbnail" viewBox="0 0 100 60" role="img" aria-label="Empty design" />;
  const minX = Math.min(...boxes.map((b) => b.x)) - 20;
  const minY = Math.min(...boxes.map((b) => b.y)) - 20;
  const maxX = Math.max(...boxes.map((b) => b.x + b.width)) + 20;
  const maxY = Math.max(...boxes.map((b) => b.y + b.height)) + 20;
  const centre = new Map(boxes.map((b) => [b.node.id, { x: b.x + b.width / 2, y: b.y + b.height / 2 }]));
  return (
    <svg className="thumbnail" viewBox={`${minX} ${minY} ${maxX - minX} ${maxY - minY}`} role="img" aria-label={`Diagram of ${design.name}`}>
      {boxes
        .filter((b) => getKind(b.node.kind)?.container)
        .map((b) => (
          <rect key={b.node.id} x={b.x} y={b.y} width={b.width} height={b.height} rx={8} className={`thumb-container thumb-${b.node.kind}`} />
        ))}
      {design.edges.map((e) => {
        const a = centre.get(e.source);
        const b = centre.get(e.target);
        return a && b ? <line key={e.id} x1={a.x} y1={a.y} x2={b.x} y2={b.y} className="thumb-edge" /> : null;
      })}
      {boxes
        .filter((b) => !getKind(b.node.kind)?.container)
        .map((b) => {
          const icon = iconUrl(getKind(b.node.kind)?.icon ?? '');
          return icon ? <image key={b.node.id} href={icon} x={b.x + b.width / 2 - 28} y={b.y} width={56} height={56} /> : null;
        })}
    </svg>
  );
}
