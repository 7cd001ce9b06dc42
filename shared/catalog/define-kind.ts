import type { z } from 'zod';
import type { Meaning } from '../model/meaning';

export const CATEGORIES = ['trigger', 'compute', 'destination', 'data', 'network'] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Record<Category, string> = {
  trigger: 'Triggers',
  compute: 'Compute',
  destination: 'Destinations',
  data: 'Data',
  network: 'Network',
};

/** One way this kind may connect to others, declared on the source side. */
export interface ConnectionSpec {
  to: readonly string[];
  meaning: Meaning;
  /** Menu label where it says more than the meaning's own (e.g. "Sends messages"). */
  label?: string;
  /** Settings the edge carries, with AWS's defaults. */
  config?: z.ZodObject;
}

export interface KindDefinition<C extends z.ZodObject = z.ZodObject> {
  id: string;
  label: string;
  /** Palette groups; the first is the kind's home. */
  categories: readonly [Category, ...Category[]];
  /** Path of the AWS architecture icon inside the `aws-icons` package's `icons/` folder. */
  icon: string;
  description: string;
  /** Prefix for names of new nodes ("Function" → "Function 2"). */
  defaultName: string;
  config: C;
  connections: readonly ConnectionSpec[];
  /** Kinds that may contain this one on the canvas. */
  parents?: readonly string[];
  /** Containers are drawn as resizable groups. */
  container?: { defaultSize: { width: number; height: number } };
  /** CloudFormation types this kind stands for (import, export, docs). */
  cfnTypes: readonly string[];
}

export function defineKind<const I extends string, C extends z.ZodObject>(kind: KindDefinition<C> & { id: I }): KindDefinition<C> & { id: I } {
  return kind;
}
