import { type ReactNode, useState } from 'react';

export interface SideTab {
  id: string;
  label: ReactNode;
  render: () => ReactNode;
}

/** The right-hand panel: one tab at a time, the choice kept while the app runs. */
export function SidePanel({ tabs, initial }: { tabs: SideTab[]; initial: string }) {
  const [active, setActive] = useState(initial);
  const current = tabs.find((t) => t.id === active) ?? tabs[0];
  return (
    <aside className="side-panel">
      <div className="side-tabs" role="tablist">
        {tabs.map((tab) => (
          <button key={tab.id} type="button" role="tab" aria-selected={tab.id === current?.id} className={tab.id === current?.id ? 'active' : ''} onClick={() => setActive(tab.id)} data-testid={`tab-${tab.id}`}>
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
