import { z } from 'zod';
import type { KindDefinition } from '../catalog/define-kind';
import { type AnyKind, type KindId, KINDS } from '../catalog/registry';
import { Meaning } from './meaning';

export const FORMAT_ID = 'lambda-designer/design';
export const FORMAT_VERSION = 1;
export const FILE_EXTENSION = '.lambda.json';

export const Id = z.string().min(1).regex(/^[A-Za-z][A-Za-z0-9_-]*$/, 'an id of letters, digits, - or _, starting with a letter');

export const Position = z.object({ x: z.number(), y: z.number() });
export const Size = z.object({ width: z.number().positive(), height: z.number().positive() });

const NodeBase = {
  id: Id,
  name: z.string().min(1).meta({ description: 'Name shown on the canvas; logical ids in templates derive from it.' }),
  parentId: Id.optional().meta({ description: 'Container (VPC or subnet) this node sits in; its position is then relative to it.' }),
  position: Position,
  size: Size.optional().meta({ description: 'Width and height of containers.' }),
  notes: z.string().optional().meta({ description: 'Free-form notes on this component.' }),
};

function nodeSchema<K extends z.ZodType, C extends z.ZodType>(kind: K, config: C) {
  return z.object({
    id: NodeBase.id,
    kind,
    name: NodeBase.name,
    parentId: NodeBase.parentId,
    position: NodeBase.position,
    size: NodeBase.size,
    config,
    notes: NodeBase.notes,
  });
}

function nodeSchemaOf(kind: KindDefinition) {
  return nodeSchema(z.literal(kind.id), kind.config.prefault({})).meta({ title: kind.label, description: kind.description });
}

interface NodeCommon {
  id: string;
  name: string;
  parentId?: string | undefined;
  position: { x: number; y: number };
  size?: { width: number; height: number } | undefined;
  notes?: string | undefined;
}

/** A node of one kind, its config typed by that kind's schema. */
export type NodeOfKind<K extends KindId> = NodeCommon & { kind: K; config: z.output<Extract<AnyKind, { id: K }>['config']> };
export type DesignNode = { [K in KindId]: NodeOfKind<K> }[KindId];

const nodeSchemas = KINDS.map((k) => nodeSchemaOf(k as unknown as KindDefinition));
export const DesignNode = z.discriminatedUnion('kind', nodeSchemas as unknown as [ReturnType<typeof nodeSchemaOf>, ...ReturnType<typeof nodeSchemaOf>[]]) as unknown as z.ZodType<DesignNode, unknown>;

export const DesignEdge = z.object({
  id: Id,
  source: Id,
  target: Id,
  meaning: Meaning,
  config: z.record(z.string(), z.unknown()).default({}).meta({ description: 'Settings of the connection; which ones depends on the pair of kinds and the meaning.' }),
});
export type DesignEdge = z.infer<typeof DesignEdge>;

export const Suppression = z.object({
  ruleId: z.string(),
  nodeId: Id,
  reason: z.string().min(1),
});
export type Suppression = z.infer<typeof Suppression>;

export const DesignSettings = z.object({
  region: z.string().default('us-east-1').meta({ description: 'AWS region the design deploys to.' }),
  accountConcurrencyLimit: z.number().int().positive().default(1000).meta({ description: 'Concurrent executions quota of the account (AWS default 1,000).' }),
});

export const Viewport = z.object({ x: z.number(), y: z.number(), zoom: z.number().positive() });

/** One resource of an imported template, and the fingerprint of the node made from it when it was imported. */
export const SourceResource = z.object({
  resource: z.record(z.string(), z.unknown()).meta({ description: 'The resource as the template had it (long-form intrinsics).' }),
  fingerprint: z.string().optional().meta({ description: 'Fingerprint of the node and its connections at import; while unchanged, export writes the resource back as it was.' }),
  text: z.string().optional().meta({ description: 'The resource as written in YAML, with the comments above it: written back word for word while the resource is untouched.' }),
});

/** What an imported template held beyond the design: written back on export so nothing is lost. */
export const DesignSource = z.object({
  fileName: z.string().optional(),
  sections: z.record(z.string(), z.unknown()).default({}).meta({ description: 'Top-level template sections other than Resources (Parameters, Conditions, Mappings, Outputs, Metadata, Globals, Transform...).' }),
  resources: z.record(z.string(), SourceResource).default({}).meta({ description: 'Every imported resource by logical id.' }),
  sectionTexts: z.record(z.string(), z.string()).optional().meta({ description: 'Top-level sections as written in YAML, with their comments: written back word for word while unchanged.' }),
  sectionOrder: z.array(z.string()).optional().meta({ description: 'Top-level keys in the order the template had them, so export keeps that order.' }),
  resourceOrder: z.array(z.string()).optional().meta({ description: 'Logical ids in the order the template listed them (the file sorts keys), so export keeps that order.' }),
  inline: z.record(z.string(), z.string()).optional().meta({ description: 'Nodes drawn for event sources written inside a function (SAM Schedule, EventBridgeRule events), with their fingerprints at import.' }),
}).meta({ description: 'The template this design was imported from.' });
export type DesignSource = z.infer<typeof DesignSource>;

export const Design = z.object({
  format: z.literal(FORMAT_ID),
  version: z.literal(FORMAT_VERSION),
  name: z.string().min(1),
  description: z.string().default(''),
  settings: DesignSettings.prefault({}),
  nodes: z.array(DesignNode),
  edges: z.array(DesignEdge),
  suppressions: z.array(Suppression).default([]),
  viewport: Viewport.default({ x: 0, y: 0, zoom: 1 }),
  source: DesignSource.optional(),
}).meta({ title: 'Lambda Designer design', description: 'An AWS Lambda architecture drawn in Lambda Designer.' });
export type Design = z.infer<typeof Design>;

/** A node made by createNode, whose settings its kind's schema gave: the rest of it is checked, the settings kept. */
const CreatedNode = nodeSchema(z.enum(KINDS.map((k) => k.id) as [KindId, ...KindId[]]), z.record(z.string(), z.unknown()));
/**
 * Design for a design whose nodes createNode made (as the importer makes them): checks and completes
 * it as Design does, without parsing every node's settings again, which costs most of that on a
 * large design. Same result as Design, key order included (tested).
 */
export const DesignOfCreatedNodes = Design.extend({ nodes: z.array(CreatedNode) });
export type DesignInput = z.input<typeof Design>;
