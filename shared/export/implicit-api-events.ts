import type { ExportContext } from './context';
import { Ref } from './intrinsics';
import { patchResourceText } from './patch-resource-text';
import type { CfnResource } from './template-types';
import { SAM_IMPLICIT_APIS } from '../import/sam-implicit-apis';
import { isJsonObject } from '../model/json-object';

/**
 * An imported SAM template's implicit API (drawn for `Api` and `HttpApi` events that name no API)
 * that was edited since import is written as an API of its own, and SAM ignores settings given to
 * the implicit one: so each of its functions' events that named no API now names the written one.
 * `resources` holds what export writes, the functions as the template had them (or merged).
 */
export function pointEventsAtEditedImplicitApis(ctx: ExportContext, resources: Record<string, CfnResource>, pristine: ReadonlySet<string>): void {
  const source = ctx.design.source;
  if (!ctx.sam || !source?.inline) return;
  for (const [apiId, { eventType, apiProperty }] of Object.entries(SAM_IMPLICIT_APIS)) {
    if (!(apiId in source.inline) || pristine.has(apiId) || !ctx.index.node(apiId)) continue;
    const written = new Ref(ctx.idOf(apiId));
    const namesNoApi = (event: unknown): event is Record<string, unknown> => isJsonObject(event) && event.Type === eventType && !(isJsonObject(event.Properties) && event.Properties[apiProperty] !== undefined);
    for (const edge of ctx.index.out(apiId, 'invoke-sync', 'lambda-function')) {
      const fnId = ctx.idOf(edge.target);
      const fn = resources[fnId];
      const events = isJsonObject(fn?.Properties) && isJsonObject(fn.Properties.Events) ? fn.Properties.Events : undefined;
      if (!fn || !events || !Object.values(events).some(namesNoApi)) continue;
      const pointed = Object.fromEntries(Object.entries(events).map(([name, e]) => [name, namesNoApi(e) ? { ...e, Properties: { ...(isJsonObject(e.Properties) ? e.Properties : {}), [apiProperty]: written } } : e]));
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
