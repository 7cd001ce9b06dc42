import { useMemo, useState } from 'react';
import type { KindDefinition } from '../../shared/catalog/define-kind';
import { searchKinds } from '../../shared/catalog/search-kinds';
import { iconUrl } from './icons';

interface KindSearchProps {
  onPick: (kind: KindDefinition) => void;
  onCancel: () => void;
  autoFocus?: boolean;
}

/** A search box over the catalog: type to filter, Enter picks the first match, Escape cancels. */
export function KindSearch({ onPick, onCancel, autoFocus }: KindSearchProps) {
  const [query, setQuery] = useState('');
  const matches = useMemo(() => searchKinds(query).slice(0, 8), [query]);
  return (
    <div className="kind-search">
      <input
        aria-label="Component to add"
        placeholder="Add a component…"
        value={query}
        autoFocus={autoFocus}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && matches[0]) onPick(matches[0]);
          if (e.key === 'Escape') onCancel();
        }}
      />
      <ul>
        {matches.map((kind) => (
          <li key={kind.id}>
            <button type="button" onClick={() => onPick(kind)}>
              <img src={iconUrl(kind.icon)} alt="" />
              {kind.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
