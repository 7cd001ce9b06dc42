/** The template the exporter builds before printing it as YAML or JSON. */
export type ExportTarget = 'sam' | 'cfn';
export type ExportFormat = 'yaml' | 'json';

export interface CfnResource {
  Type: string;
  DependsOn?: string | string[];
  Properties?: Record<string, unknown>;
  UpdatePolicy?: Record<string, unknown>;
  /** Attributes an imported template may carry (generic resources, or written back from the source). */
  Condition?: string;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
  CreationPolicy?: Record<string, unknown>;
  Metadata?: Record<string, unknown>;
}

export interface CfnParameter {
  Type: string;
  Description: string;
  Default?: string;
}

export interface CfnOutput {
  Description: string;
  Value: unknown;
}

export interface CfnTemplate {
  AWSTemplateFormatVersion?: '2010-09-09';
  Transform?: string | string[];
  /** Absent only when an imported template had none. */
  Description?: string;
  /** Sections of an imported template, written back as they were. */
  Metadata?: Record<string, unknown>;
  Parameters?: Record<string, CfnParameter>;
  Rules?: Record<string, unknown>;
  Mappings?: Record<string, unknown>;
  Conditions?: Record<string, unknown>;
  Globals?: Record<string, unknown>;
  Resources: Record<string, CfnResource>;
  Outputs?: Record<string, CfnOutput>;
}

/** What a connection turned into, for the UI's "what does this edge export to?" panel. */
export interface EdgeExplanation {
  what: 'event' | 'event-source-mapping' | 'permission' | 'iam' | 'environment' | 'destination' | 'other';
  logicalId?: string;
  summary: string;
  reason: string;
}
