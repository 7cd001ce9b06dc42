import type { ExportContext } from './context';
import { Ref } from './intrinsics';
import { patchResourceText } from './patch-resource-text';
import type { CfnResource } from './template-types';
import { isJsonObject } from '../model/json-object';

/** SAM's implicit APIs, and the property by which an event of each type names an API of its own. */
const IMPLICIT = {
  ServerlessRestApi: { eventType: 'Api', apiProperty: 'RestApiId' },
  ServerlessHttpApi: { eventType: 'HttpApi', apiProperty: 'ApiId' },
} as const;

/**
 * An imported SAM template's implicit API (drawn for `Api` and `HttpApi` events that name no API)
 * that was edited since import is written as an API of its own, and SAM ignores settings given to
 * the implicit one: so each of its functions' events that named no API now names the written one.
 * `resources` holds what export writes, the functions as the template had them (or merged).
 */
export function pointEventsAtEditedImplicitApis(ctx: ExportContext, resources: Record<string, CfnResource>, pristine: ReadonlySet<string>): void {
  const source = ctx.design.source;
  if (!ctx.sam || !source?.inline) return;
  for (const [apiId, { eventType, apiProperty }] of Object.entries(IMPLICIT)) {
    if (!(apiId in source.inline) || pristine.has(apiId) || !ctx.index.node(apiId)) continue;
    const written = ctx.idOf(apiId);
    for (const edge of ctx.index.out(apiId, 'invoke-sync', 'lambda-function')) {
      const fnId = ctx.idOf(edge.target);
      const fn = resources[fnId];
      const events = isJsonObject(fn?.Properties) && isJsonObject(fn.Properties.Events) ? fn.Properties.Events : undefined;
      if (!fn || !events) continue;
      const implicit = Object.entries(events).filter(([, e]) => isJsonObject(e) && e.Type === eventType && !(isJsonObject(e.Properties) && e.Properties[apiProperty] !== undefined));
      if (implicit.length === 0) continue;
      const pointed = Object.fromEntries(Object.entries(events).map(([name, e]) => {
        if (!implicit.some(([n]) => n === name) || !isJsonObject(e)) return [name, e];
        return [name, { ...e, Properties: { ...(isJsonObject(e.Properties) ? e.Properties : {}), [apiProperty]: new Ref(written) } }];
      }));
      const patched = { ...fn, Properties: { ...fn.Properties, Events: pointed } } as CfnResource;
      resources[fnId] = patched;
      // The text that stands for the resource as it is now, if any (else it is written anew anyway).
      const text = ctx.verbatim.get(fnId);
      const edited = text !== undefined ? patchResourceText(text, fnId, fn as unknown as Record<string, unknown>, patched) : undefined;
      if (edited !== undefined) ctx.verbatim.set(fnId, edited);
      else ctx.verbatim.delete(fnId);
    }
  }
}
