import { useMemo } from 'react';
import { serializeDesign } from '../../shared/model/save-design';
import { MonacoPane } from '../editor/lazy-editors';
import type { Theme } from './inspector/field-props';
import { useDesigner } from '../state/store';

/** The design file as it would be saved; serialised only while this tab is open. */
export function DesignFilePane({ theme }: { theme: Theme }) {
  const design = useDesigner((s) => s.design);
  const json = useMemo(() => serializeDesign(design), [design]);
  return <MonacoPane value={json} language="json" theme={theme} testId="design-json" />;
}
