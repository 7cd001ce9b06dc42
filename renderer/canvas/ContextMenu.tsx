import { addComponent } from '../state/actions';
import { allCommands } from '../state/commands';
import { useUi } from '../state/ui-store';
import { useEscape } from '../state/use-escape';

const closeMenu = () => useUi.getState().set({ contextMenu: null });

/** Right-click menu: the commands that apply to a node, an edge or the canvas. */
export function ContextMenu() {
  const menu = useUi((s) => s.contextMenu);
  useEscape(menu !== null, closeMenu);
  if (!menu) return null;
  const commands = allCommands().filter((c) => c.contexts?.includes(menu.target.type));
  const run = (fn: () => void) => () => {
    useUi.getState().set({ contextMenu: null });
    fn();
  };
  const target = menu.target;
  return (
    <div className="popup-menu" role="menu" data-testid="context-menu" style={{ left: menu.at.x, top: menu.at.y, position: 'fixed' }}>
      {commands.map((c) => (
        <button key={c.id} type="button" role="menuitem" onClick={run(c.run)}>
          <span>{c.label}</span>
          <kbd>{c.keys[0]}</kbd>
        </button>
      ))}
      {target.type === 'pane' ? (
        <button type="button" role="menuitem" onClick={run(() => useUi.getState().set({ quickAdd: { at: menu.at, flow: target.flow } }))}>
          <span>Add component here…</span>
        </button>
      ) : null}
      {target.type === 'pane' ? (
        <button type="button" role="menuitem" onClick={run(() => addComponent('lambda-function', { x: target.flow.x - 110, y: target.flow.y - 28 }))}>
          <span>Add Lambda function here</span>
        </button>
      ) : null}
    </div>
  );
}
