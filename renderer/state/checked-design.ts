import { useDeferredValue } from 'react';
import type { Design } from '../../shared/model/design';
import { useDesigner } from './store';

/**
 * The design the findings and the cost describe. Deferred, so typing never waits for the rules on a
 * large design; during a drag or a resize, the design as the gesture found it, so the rules and the
 * estimate run once when it ends rather than on every mouse move (100 ms each at 1,000 nodes).
 */
export function useCheckedDesign(): Design {
  return useDeferredValue(useDesigner((s) => s.gestureStart ?? s.design));
}
