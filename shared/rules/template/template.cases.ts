import { ruleCase } from '../testing/rule-cases';
import { templateOutputs } from './template-outputs';
import { templateParameters } from './template-parameters';
import { templateResources } from './template-resources';

export const TEMPLATE_CASES = [
  ruleCase(templateResources, '501 resources', (b, broken) => {
    // A function exports as its role and itself; each queue as one resource.
    b.fn('worker');
    for (let i = 1; i <= (broken ? 499 : 498); i++) b.node('sqs-queue', `queue-${i}`);
  }, {
    expectFindings: ([f]) => {
      if (!f?.message.includes('501 resources') || !f.message.includes('“Worker” (2)')) throw new Error(`counts 501 resources, the function's two first: ${f?.message}`);
    },
  }),
  ruleCase(templateOutputs, '201 function ARNs as outputs', (b, broken) => {
    for (let i = 1; i <= (broken ? 201 : 200); i++) b.fn(`fn-${i}`);
  }, {
    expectFindings: ([f]) => {
      if (!f?.message.includes('at least 201 stack outputs')) throw new Error(`counts the outputs: ${f?.message}`);
    },
  }),
  ruleCase(templateParameters, '201 container functions without an image URI', (b, broken) => {
    for (let i = 1; i <= (broken ? 201 : 200); i++) b.fn(`ocr-${i}`, { packageType: 'Image' });
  }),
  ruleCase(templateResources, 'far more than 500 resources, counted without building the template', (b, broken) => {
    for (let i = 1; i <= (broken ? 700 : 150); i++) b.node('sqs-queue', `queue-${i}`);
  }, {
    expectFindings: ([f]) => {
      if (!f?.message.includes('at least 700 resources')) throw new Error(`says how many at least: ${f?.message}`);
    },
  }),
  ruleCase(templateOutputs, 'far more than 200 function ARNs', (b, broken) => {
    for (let i = 1; i <= (broken ? 320 : 100); i++) b.fn(`fn-${i}`);
  }, {
    expectFindings: ([f]) => {
      if (!f?.message.includes('at least 320 stack outputs')) throw new Error(`says how many at least: ${f?.message}`);
    },
  }),
];
