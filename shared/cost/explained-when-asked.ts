import { madeWhenAsked } from '../rules/incremental/read-tracking';

/**
 * The fields with an explanation written only when first read (the rules read few of them): what
 * writing it reads, such as names, is charged to every reader (madeWhenAsked), not to whoever made the fields.
 */
export function explainedWhenAsked<T extends { explanation: string }>(fields: Omit<T, 'explanation'>, explain: () => string): T {
  const explanation = madeWhenAsked(explain);
  return {
    ...fields,
    get explanation() {
      return explanation();
    },
  } as T;
}
