import { useEffect } from 'react';
import { useDialog } from '../state/dialog-store';

/** The app's modal dialog: unsaved changes, recovery, files that fail to open. */
export function Dialog() {
  const current = useDialog((s) => s.current);
  useEffect(() => {
    if (!current) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      const last = current.buttons.at(-1);
      if (last) current.resolve(last.value);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [current]);
  if (!current) return null;
  return (
    <div className="overlay" role="presentation">
      <div className="overlay-card dialog" role="alertdialog" aria-modal="true" aria-labelledby="dialog-title" data-testid="dialog">
        <h2 id="dialog-title">{current.title}</h2>
        <p>{current.message}</p>
        {current.details && current.details.length > 0 ? (
          <ul className="dialog-details">
            {current.details.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        ) : null}
        <div className="dialog-buttons">
          {current.buttons.map((b, i) => (
            <button key={b.value} type="button" className={b.primary ? 'primary' : undefined} autoFocus={i === 0} onClick={() => current.resolve(b.value)}>
              {b.label}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
