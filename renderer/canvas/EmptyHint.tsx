/** What to do on an empty canvas. */
export function EmptyHint() {
  return (
    <div className="empty-hint" data-testid="empty-hint">
      <h2>Start your architecture</h2>
      <p>Drag a component from the palette, or double-click the canvas to search for one.</p>
      <p>Connect two components by dragging from the dot on the right of one onto the other.</p>
      <p>Or open a starter design from the toolbar. Press <kbd>?</kbd> for all shortcuts.</p>
    </div>
  );
}
