import { defineRule } from '../define-rule';
import { formatNumber, utf8Length } from '../lib/format';
import { SEEDS } from '../lib/seeds';

const LIMIT_BYTES = 4096;

export const inlineCodeSize = defineRule({
  id: 'LMB016',
  severity: 'error',
  title: 'Inline code within 4 KB',
  why: 'Code written into the template (CloudFormation Code.ZipFile, SAM InlineCode) is limited to 4 KB and cannot include dependencies; larger code goes in a package.',
  limit: 'Inline code (ZipFile): 4,096 characters.',
  docsUrl: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-lambda-function-code.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const fn of index.functions) {
      const code = fn.config.inlineCode;
      if (fn.config.packageType !== 'Zip' || !code) continue;
      const size = utf8Length(code);
      if (size <= LIMIT_BYTES) continue;
      report({ message: `Inline code of function ${index.name(fn.id)} is ${formatNumber(size)} bytes; templates hold at most 4,096. Move it to a package (codeUri).`, nodeIds: [fn.id] });
    }
  },
});
