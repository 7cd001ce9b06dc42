import { defineRule } from '../define-rule';
import { runtimeFamily } from '../lib/runtimes';
import { SEEDS } from '../lib/seeds';

export const inlineCodeRuntime = defineRule({
  id: 'LMB017',
  severity: 'error',
  title: 'Inline code only for Node.js and Python',
  why: 'CloudFormation writes inline code into a single source file, which only the Node.js and Python runtimes can run; compiled languages need a package.',
  limit: 'Code.ZipFile: Node.js and Python runtimes only.',
  docsUrl: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-lambda-function-code.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const fn of index.functions) {
      if (fn.config.packageType !== 'Zip' || !fn.config.inlineCode?.trim()) continue;
      const family = runtimeFamily(fn.config.runtime);
      if (family === 'nodejs' || family === 'python') continue;
      report({ message: `Function ${index.name(fn.id)} has inline code but runs ${fn.config.runtime}; inline code works only with Node.js and Python.`, nodeIds: [fn.id] });
    }
  },
});
