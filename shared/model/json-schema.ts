import { z } from 'zod';
import { Design, FORMAT_VERSION } from './design';

export const JSON_SCHEMA_ID = `https://lambda-designer.dev/schema/design-v${FORMAT_VERSION}.json`;

/** JSON Schema of the `.lambda.json` format, generated from the zod schemas (the input side: defaults may be left out). */
export function designJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Design, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...schema, $id: JSON_SCHEMA_ID };
}
