import { describe, expect, it } from 'vitest';
import { emptyDesign } from '../model/new-design';
import { serializeDesign } from '../model/save-design';
import { looksLikeDesign, readDesignOrTemplate } from './read-design-or-template';

const TEMPLATE = 'Transform: AWS::Serverless-2016-10-31\nResources:\n  Jobs:\n    Type: AWS::SQS::Queue\n';

describe('reading a design or a template', () => {
  it('tells designs from templates by extension or by the format id', () => {
    expect(looksLikeDesign('a.lambda.json', '')).toBe(true);
    expect(looksLikeDesign('a.json', serializeDesign(emptyDesign()))).toBe(true);
    expect(looksLikeDesign('template.json', '{"Resources":{}}')).toBe(false);
    expect(looksLikeDesign('template.yaml', TEMPLATE)).toBe(false);
  });

  it('loads designs and imports templates', () => {
    const design = readDesignOrTemplate(serializeDesign(emptyDesign('Mine')), 'mine.lambda.json');
    expect(design.ok && design.from === 'design' && design.design.name).toBe('Mine');
    const template = readDesignOrTemplate(TEMPLATE, 'template.yaml');
    expect(template.ok && template.from === 'template' && template.design.nodes.map((n) => n.id)).toEqual(['Jobs']);
  });

  it('names the file, the line and the field of what is wrong', () => {
    const broken = readDesignOrTemplate('{"format":"lambda-designer/design","version":1,"name":"x","nodes":[{"id":"a","kind":"sqs-queue","name":"A","position":{"x":0,"y":"up"}}],"edges":[]}', 'x.lambda.json');
    expect(!broken.ok && broken.problems[0]).toMatchObject({ where: 'x.lambda.json nodes[0].position.y' });
    const bad = readDesignOrTemplate('Resources:\n  A:\n    Type: !Nope x\n', 'bad.yaml');
    expect(!bad.ok && bad.from).toBe('template');
    expect(!bad.ok && bad.problems[0]?.where).toMatch(/^bad\.yaml:3/);
  });
});
