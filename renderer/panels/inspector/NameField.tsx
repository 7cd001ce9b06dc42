import { renameNode } from '../../../shared/model/edits/rename-node';
import { useDesigner } from '../../state/store';
import { useDraft } from './use-draft';

/** The component's name: saved as one undo step on Enter or on leaving the field; an empty name is refused. */
export function NameField({ nodeId, name }: { nodeId: string; name: string }) {
  const commit = (text: string) => {
    if (text.trim() && text.trim() !== name) useDesigner.getState().change((d) => renameNode(d, nodeId, text));
  };
  const [text, setText] = useDraft(name, commit);
  const problem = text.trim() === '' ? 'Enter a name.' : null;
  return (
    <div className="field field-text">
      <label htmlFor="inspector-node-name">Name</label>
      <input
        id="inspector-node-name"
        type="text"
        autoComplete="off"
        value={text}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? 'inspector-node-name-error' : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => commit(text)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit(text);
          if (e.key === 'Escape') setText(name);
        }}
      />
      {problem ? <div className="field-error" id="inspector-node-name-error" role="alert">{problem}</div> : null}
    </div>
  );
}
