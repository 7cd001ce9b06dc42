import { updateNode } from '../../../shared/model/edits/rename-node';
import { useDesigner } from '../../state/store';
import { useDraft } from './use-draft';

/** Free-form notes on a component, saved as one undo step on leaving the field. */
export function NotesField({ nodeId, notes }: { nodeId: string; notes: string }) {
  const commit = (text: string) => {
    if (text !== notes) useDesigner.getState().change((d) => updateNode(d, nodeId, { notes: text }));
  };
  const [text, setText] = useDraft(notes, commit);
  return (
    <div className="field field-notes">
      <label htmlFor="inspector-node-notes">Notes</label>
      <textarea
        id="inspector-node-notes"
        rows={3}
        value={text}
        placeholder="Why it is there, who owns it, what to watch…"
        onChange={(e) => setText(e.target.value)}
        onBlur={() => commit(text)}
      />
    </div>
  );
}
