import { useState } from 'react';
import { MEANINGS, type MeaningInfo } from '../../shared/model/meaning';

const STYLE_NAMES: Record<MeaningInfo['style'], string> = {
  sync: 'Synchronous invoke',
  async: 'Asynchronous invoke',
  polled: 'Polled (event source mapping)',
  success: 'On-success destination',
  failure: 'On-failure destination / DLQ',
  data: 'Data access',
  structure: 'Network and structure',
};

/** What each line style means, with the meanings drawn in that style. */
export function Legend() {
  const [open, setOpen] = useState(true);
  const byStyle = new Map<MeaningInfo['style'], string[]>();
  for (const info of Object.values(MEANINGS)) byStyle.set(info.style, [...(byStyle.get(info.style) ?? []), info.label]);
  return (
    <div className="legend" data-testid="legend">
      <button type="button" className="legend-toggle" onClick={() => setOpen(!open)} aria-expanded={open}>
        Legend
      </button>
      {open ? (
        <ul>
          {[...byStyle.entries()].map(([style, labels]) => (
            <li key={style} title={labels.join(', ')}>
              <svg width="36" height="10" aria-hidden="true">
                <line x1="0" y1="5" x2="36" y2="5" className={`legend-line legend-${style}`} />
              </svg>
              {STYLE_NAMES[style]}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
