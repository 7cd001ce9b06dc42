import { addComponent } from '../state/actions';
import { useUi } from '../state/ui-store';
import { KindSearch } from './KindSearch';

/** Double-click on empty canvas: search the catalog and add the pick right there. */
export function QuickAdd() {
  const quickAdd = useUi((s) => s.quickAdd);
  if (!quickAdd) return null;
  return (
    <div className="popup-menu quick-add" data-testid="quick-add" style={{ left: quickAdd.at.x, top: quickAdd.at.y, position: 'fixed' }}>
      <KindSearch
        autoFocus
        onPick={(kind) => {
          addComponent(kind.id, { x: quickAdd.flow.x - 110, y: quickAdd.flow.y - 28 });
          useUi.getState().set({ quickAdd: null });
        }}
        onCancel={() => useUi.getState().set({ quickAdd: null })}
      />
    </div>
  );
}
