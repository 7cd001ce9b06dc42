import { useState } from 'react';
import type { DesignNode } from '../../../shared/model/design';
import { renameNode } from '../../../shared/model/edits/rename-node';
import { useDesigner } from '../../state/store';
import { useUi } from '../../state/ui-store';

/** In-place rename (F2): Enter or leaving the field commits as one undo step, Escape cancels. */
export function NameEditor({ node }: { node: DesignNode }) {
  const [value, setValue] = useState(node.name);
  const finish = (commit: boolean) => {
    const name = value.trim();
    if (commit && name && name !== node.name) useDesigner.getState().change((d) => renameNode(d, node.id, name));
    useUi.getState().set({ renaming: null });
  };
  return (
    <input
      className="name-editor nodrag"
      aria-label="Component name"
      autoFocus
      value={value}
      onChange={(e) => setValue(e.target.value)}
      onFocus={(e) => e.target.select()}
      onBlur={() => finish(true)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') finish(true);
        if (e.key === 'Escape') finish(false);
      }}
    />
  );
}
