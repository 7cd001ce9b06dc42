import { useMemo, useState } from 'react';
import { CATEGORIES, CATEGORY_LABELS, type KindDefinition } from '../../../shared/catalog/define-kind';
import { searchKinds } from '../../../shared/catalog/search-kinds';
import { PALETTE_MIME } from '../../canvas/Canvas';
import { canvasCentre } from '../../canvas/flow-instance';
import { iconUrl } from '../../canvas/icons';
import { addComponent } from '../../state/actions';

function addAtCentre(kind: KindDefinition) {
  const centre = canvasCentre();
  addComponent(kind.id, { x: centre.x - 110, y: centre.y - 28 });
}

/** Every catalog kind by category, with icons: drag onto the canvas, click, or search and press Enter. */
export function Palette() {
  const [query, setQuery] = useState('');
  const matches = useMemo(() => searchKinds(query), [query]);
  const groups = CATEGORIES.map((category) => ({
    category,
    kinds: matches.filter((k) => (query ? k.categories[0] === category : k.categories.includes(category))),
  })).filter((g) => g.kinds.length > 0);
  return (
    <nav className="palette" aria-label="Components" data-testid="palette">
      <input
        className="palette-search"
        type="search"
        aria-label="Search components"
        placeholder="Search components…  (Enter adds)"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && matches[0]) {
            addAtCentre(matches[0]);
            setQuery('');
            // Hand the keyboard back to the canvas, so F2, Delete and arrows act on the new component.
            e.currentTarget.blur();
          }
          if (e.key === 'Escape') setQuery('');
        }}
      />
      {groups.map(({ category, kinds }) => (
        <section key={category}>
          <h3>{CATEGORY_LABELS[category]}</h3>
          {kinds.map((kind) => (
            <button
              key={`${category}-${kind.id}`}
              type="button"
              className="palette-item"
              draggable
              title={kind.description}
              data-kind={kind.id}
              onDragStart={(e) => {
                e.dataTransfer.setData(PALETTE_MIME, kind.id);
                e.dataTransfer.effectAllowed = 'copy';
              }}
              onDoubleClick={() => addAtCentre(kind)}
            >
              <img src={iconUrl(kind.icon)} alt="" draggable={false} />
              <span>{kind.label}</span>
            </button>
          ))}
        </section>
      ))}
      {groups.length === 0 ? <p className="palette-empty">No component matches “{query}”.</p> : null}
    </nav>
  );
}
