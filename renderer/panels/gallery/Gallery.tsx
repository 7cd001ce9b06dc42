import { useEffect } from 'react';
import { STARTER_DESIGNS } from '../../templates';
import { DesignThumbnail } from './DesignThumbnail';
import './gallery.css';

/** The starter designs: name, one line on what each shows, and a picture. */
export function Gallery({ onPick, onClose }: { onPick: (slug: string) => void; onClose: () => void }) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="overlay" onClick={onClose}>
      <div className="overlay-card gallery" role="dialog" aria-label="Starter designs" data-testid="gallery" onClick={(e) => e.stopPropagation()}>
        <h2>Start from an architecture</h2>
        <div className="gallery-grid">
          {STARTER_DESIGNS.map((starter) => (
            <button key={starter.slug} type="button" className="gallery-card" onClick={() => onPick(starter.slug)} aria-label={starter.design.name}>
              <DesignThumbnail design={starter.design} />
              <strong>{starter.design.name}</strong>
              <span>{starter.design.description}</span>
            </button>
          ))}
        </div>
        <button type="button" onClick={onClose}>Close</button>
      </div>
    </div>
  );
}
