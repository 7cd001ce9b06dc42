import { connect } from '../state/actions';
import { useDesigner } from '../state/store';
import { useUi } from '../state/ui-store';
import { useEscape } from '../state/use-escape';

const closeMenu = () => useUi.getState().set({ connectionMenu: null });

/** Asks what a connection means when several meanings fit the pair of kinds. */
export function ConnectionMenu() {
  const menu = useUi((s) => s.connectionMenu);
  useEscape(menu !== null, closeMenu);
  if (!menu) return null;
  const nodes = useDesigner.getState().design.nodes;
  const source = nodes.find((n) => n.id === menu.source)?.name;
  const target = nodes.find((n) => n.id === menu.target)?.name;
  return (
    <div className="popup-menu" role="menu" aria-label="Connection meaning" data-testid="connection-menu" style={{ left: menu.at.x, top: menu.at.y, position: 'fixed' }}>
      <div className="popup-title">
        {source} → {target}
      </div>
      {menu.options.map((option) => (
        <button key={`${option.meaning}-${option.label}`} type="button" role="menuitem" onClick={() => connect(menu.source, menu.target, option.meaning)}>
          {option.label}
        </button>
      ))}
      <button type="button" className="popup-cancel" onClick={() => useUi.getState().set({ connectionMenu: null })}>
        Cancel
      </button>
    </div>
  );
}
