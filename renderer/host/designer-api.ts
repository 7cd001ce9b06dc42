import type { DesignerApi } from '../../shared/ipc/contract';

/** `window.designer`, which only the Electron preload exposes; null in a plain browser. */
export function designerApi(): DesignerApi | null {
  if (typeof window === 'undefined' || !('designer' in window)) return null;
  const api = (window as { designer?: Partial<DesignerApi> }).designer;
  return api?.host === 'electron' && typeof api.on === 'function' ? (api as DesignerApi) : null;
}
