/**
 * CloudFormation intrinsic functions as small values. The template is built from plain objects and
 * these; `toJSON` gives the long form (`{"Ref": ...}`), the YAML writer prints the short tags.
 */
export abstract class Intrinsic {
  abstract readonly tag: string;
  abstract toJSON(): Record<string, unknown>;
}

export class Ref extends Intrinsic {
  readonly tag = '!Ref';
  constructor(readonly logicalId: string) {
    super();
  }
  toJSON() {
    return { Ref: this.logicalId };
  }
}

export class GetAtt extends Intrinsic {
  readonly tag = '!GetAtt';
  constructor(readonly logicalId: string, readonly attribute: string) {
    super();
  }
  toJSON() {
    return { 'Fn::GetAtt': [this.logicalId, this.attribute] };
  }
}

export class Sub extends Intrinsic {
  readonly tag = '!Sub';
  constructor(readonly text: string, readonly variables?: Record<string, unknown>) {
    super();
  }
  toJSON() {
    return { 'Fn::Sub': this.variables ? [this.text, this.variables] : this.text };
  }
}

export class Select extends Intrinsic {
  readonly tag = '!Select';
  constructor(readonly index: number, readonly list: unknown) {
    super();
  }
  toJSON() {
    return { 'Fn::Select': [this.index, this.list] };
  }
}

export class Split extends Intrinsic {
  readonly tag = '!Split';
  constructor(readonly delimiter: string, readonly source: unknown) {
    super();
  }
  toJSON() {
    return { 'Fn::Split': [this.delimiter, this.source] };
  }
}

export class Join extends Intrinsic {
  readonly tag = '!Join';
  constructor(readonly delimiter: string, readonly values: readonly unknown[]) {
    super();
  }
  toJSON() {
    return { 'Fn::Join': [this.delimiter, this.values] };
  }
}

export class GetAZs extends Intrinsic {
  readonly tag = '!GetAZs';
  constructor(readonly region = '') {
    super();
  }
  toJSON() {
    return { 'Fn::GetAZs': this.region };
  }
}

export const ref = (logicalId: string) => new Ref(logicalId);
export const getAtt = (logicalId: string, attribute: string) => new GetAtt(logicalId, attribute);
export const sub = (text: string, variables?: Record<string, unknown>) => new Sub(text, variables);

/** The last 12 hex digits of the stack's id: unique per stack, lower case, known before any resource exists. */
export function stackSuffix(): Intrinsic {
  return new Select(4, new Split('-', new Select(2, new Split('/', new Ref('AWS::StackId')))));
}

/** A name or ARN that embeds `${StackSuffix}`, so it can be written down before the resource exists. */
export function stackScoped(text: string): Sub {
  return new Sub(text, { StackSuffix: stackSuffix() });
}

/** `arn:${AWS::Partition}:...` for AWS managed policies. */
export function managedPolicyArn(name: string): Sub {
  return sub(`arn:\${AWS::Partition}:iam::aws:policy/${name}`);
}
