import { defineRule } from '../define-rule';
import { runtimeFamily } from '../lib/runtimes';
import { SEEDS } from '../lib/seeds';

/** path/to/file.function, where function is an identifier. */
const SCRIPT_HANDLER = /^(?:[^/\s]+\/)*[^/\s.][^/\s]*\.[A-Za-z_$][\w$]*$/;

export const handlerFormat = defineRule({
  id: 'LMB019',
  severity: 'warning',
  title: 'Node.js and Python handlers as file.function',
  why: 'The runtime loads the file and calls the exported function the handler names; without the dot it finds neither and every invocation fails with Runtime.HandlerNotFound.',
  limit: 'Handler: <file path without extension>.<function>, e.g. index.handler or app.lambda_handler.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const fn of index.functions) {
      const handler = fn.config.handler.trim();
      const family = runtimeFamily(fn.config.runtime);
      if (fn.config.packageType !== 'Zip' || handler === '' || (family !== 'nodejs' && family !== 'python')) continue;
      if (SCRIPT_HANDLER.test(handler)) continue;
      report({ message: `Function ${index.name(fn.id)} has handler “${handler}”; ${family === 'python' ? 'Python' : 'Node.js'} expects file.function (e.g. ${family === 'python' ? 'app.lambda_handler' : 'index.handler'}).`, nodeIds: [fn.id] });
    }
  },
});
