const STYLES = ['sync', 'async', 'polled', 'success', 'failure', 'data', 'structure'] as const;

/** Arrow heads, one per edge style, coloured like their edges. */
export function EdgeMarkers() {
  return (
    <svg className="edge-markers" aria-hidden="true">
      <defs>
        {STYLES.map((style) => (
          <marker key={style} id={`arrow-${style}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" className={`marker-${style}`} />
          </marker>
        ))}
      </defs>
    </svg>
  );
}
