import { useEffect } from 'react';
import { useUi } from '../state/ui-store';

/** Why a connection was refused, shown where the user let go, for a few seconds. */
export function RefusalToast() {
  const refusal = useUi((s) => s.refusal);
  useEffect(() => {
    if (!refusal) return;
    const timer = window.setTimeout(() => useUi.getState().set({ refusal: null }), 6000);
    return () => window.clearTimeout(timer);
  }, [refusal]);
  if (!refusal) return null;
  return (
    <div className="refusal-toast" role="alert" data-testid="connection-refused" style={{ left: refusal.at.x + 12, top: refusal.at.y + 12, position: 'fixed' }}>
      <strong>Not connected.</strong> {refusal.reason}
    </div>
  );
}
