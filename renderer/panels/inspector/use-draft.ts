import { useEffect, useRef, useState } from 'react';
import { useDesigner } from '../../state/store';

/**
 * The text of an input bound to a committed value. The draft follows the value when it changes elsewhere
 * (undo, another edit); `commit` decides whether a draft may be saved. A draft still pending when the input
 * goes away (the selection moved on without a blur) is handed to `commit`, unless another document was opened.
 */
export function useDraft(committed: string, commit: (text: string) => void): [string, (text: string) => void] {
  const [text, setText] = useState(committed);
  const [base, setBase] = useState(committed);
  if (base !== committed) {
    setBase(committed);
    setText(committed);
  }
  const latest = useRef({ text, committed, commit });
  latest.current = { text, committed, commit };
  useEffect(() => {
    const openCount = useDesigner.getState().openCount;
    return () => {
      const { text: pending, committed: saved, commit: save } = latest.current;
      if (pending !== saved && useDesigner.getState().openCount === openCount) save(pending);
    };
  }, []);
  return [text, setText];
}
