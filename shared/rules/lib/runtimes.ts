import { runtimeInfo, RUNTIMES, type RuntimeInfo } from '../../catalog/runtimes';

export type RuntimeFamily = RuntimeInfo['family'] | 'go' | 'unknown';

/** The language of a runtime id, also for retired ids the catalog no longer lists (nodejs16.x, go1.x). */
export function runtimeFamily(runtime: string): RuntimeFamily {
  const known = runtimeInfo(runtime);
  if (known) return known.family;
  const match = /^(nodejs|python|java|dotnet|ruby|provided|go)/.exec(runtime.trim());
  return (match?.[1] as RuntimeFamily | undefined) ?? 'unknown';
}

/** The newest runtime of the same language still supported on the day, to move a function to. */
export function successorRuntime(runtime: string, today: string): RuntimeInfo | undefined {
  const family = runtimeFamily(runtime);
  return RUNTIMES.find((r) => r.family === family && r.deprecation > today && r.id !== runtime);
}
