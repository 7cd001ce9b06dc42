import type { ReactNode } from 'react';
import { type SideTabId, useUi } from '../state/ui-store';

export interface SideTab {
  id: SideTabId;
  label: ReactNode;
  render: () => ReactNode;
}

/** The right-hand panel: one tab at a time; others (badges, findings) may switch it. */
export function SidePanel({ tabs }: { tabs: SideTab[] }) {
  const active = useUi((s) => s.sideTab);
  const current = tabs.find((t) => t.id === active) ?? tabs[0];
  return (
    <aside className="side-panel">
      <div className="side-tabs" role="tablist">
        {tabs.map((tab) => (
          <button key={tab.id} type="button" role="tab" aria-selected={tab.id === current?.id} className={tab.id === current?.id ? 'active' : ''} onClick={() => useUi.getState().set({ sideTab: tab.id })} data-testid={`tab-${tab.id}`}>
            {tab.label}
          </button>
        ))}
      </div>
      <div className="side-content" role="tabpanel">
        {current?.render()}
      </div>
    </aside>
  );
}
