import { allCommands } from '../state/commands';
import { useUi } from '../state/ui-store';

const GESTURES: Array<[string, string]> = [
  ['Drag from the palette', 'Add a component'],
  ['Double-click the canvas', 'Search and add a component there'],
  ['Drag from a node’s right dot onto another', 'Connect them'],
  ['Drag a node into a VPC or subnet', 'Place it inside; drag it out to leave'],
  ['Shift+drag on the canvas', 'Select an area'],
  ['Right-click', 'Context menu'],
];

/** All keyboard shortcuts and gestures (press ? to open and close). */
export function ShortcutsOverlay() {
  const open = useUi((s) => s.shortcutsOpen);
  if (!open) return null;
  const close = () => useUi.getState().set({ shortcutsOpen: false });
  return (
    <div className="overlay" role="dialog" aria-label="Keyboard shortcuts" data-testid="shortcuts" onClick={close}>
      <div className="overlay-card" onClick={(e) => e.stopPropagation()}>
        <h2>Keyboard shortcuts</h2>
        <table>
          <tbody>
            {allCommands().map((c) => (
              <tr key={c.id}>
                <td>{c.label}</td>
                <td>{c.keys.map((k) => <kbd key={k}>{k}</kbd>)}</td>
              </tr>
            ))}
            {GESTURES.map(([gesture, effect]) => (
              <tr key={gesture}>
                <td>{effect}</td>
                <td>{gesture}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" onClick={close}>Close</button>
      </div>
    </div>
  );
}
