import type { EdgeExplanation } from '../../../shared/export/export-template';

const WHAT: Record<EdgeExplanation['what'], string> = {
  event: 'Event',
  'event-source-mapping': 'Event source mapping',
  permission: 'Invoke permission',
  iam: 'IAM statement',
  environment: 'Environment variable',
  destination: 'Destination',
  other: 'Resource',
};

/** What the selected connection becomes in the template, each item with why it exists. */
export function EdgeExplanationList({ items }: { items: EdgeExplanation[] }) {
  return (
    <div className="edge-explanations" data-testid="edge-explanations">
      <h4>In the template, this connection becomes</h4>
      {items.length === 0 ? <p>Nothing: it is drawn for the reader only.</p> : null}
      <ul>
        {items.map((item, i) => (
          <li key={i}>
            <strong>{WHAT[item.what]}</strong>
            {item.logicalId ? <code>{item.logicalId}</code> : null}: {item.summary}
            <div className="why">{item.reason}</div>
          </li>
        ))}
      </ul>
    </div>
  );
}
