import type { TitleState } from '../../../shared/ipc/contract';

export const PRODUCT_NAME = 'Lambda Designer';

/** "• orders.lambda.json — Lambda Designer" while there are unsaved changes. */
export function windowTitle(state: TitleState | null): string {
  if (!state) return PRODUCT_NAME;
  return `${state.dirty ? '• ' : ''}${state.fileName} — ${PRODUCT_NAME}`;
}
