import type { z } from 'zod';
import type { DesignEdge } from '../../model/design';

/** The edge's settings with defaults filled in; settings that do not parse fall back to the defaults. */
export function edgeConfig<S extends z.ZodObject>(edge: DesignEdge, schema: S): z.output<S> {
  const parsed = schema.safeParse(edge.config);
  return parsed.success ? parsed.data : schema.parse({});
}
