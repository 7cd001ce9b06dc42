import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { KINDS } from '../shared/catalog/registry';

const VIRTUAL_ID = 'virtual:catalog-icons';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/**
 * Bundles exactly the AWS icons the catalog names (from the MIT-licensed `aws-icons` package) as
 * files of the app, so icons never load from the network and unused ones are not shipped.
 */
export function catalogIcons(): Plugin {
  const iconsDir = join(dirname(createRequire(import.meta.url).resolve('aws-icons/package.json')), 'icons');
  return {
    name: 'lambda-designer-catalog-icons',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const paths = [...new Set(KINDS.map((k) => k.icon))].sort();
      const imports = paths.map((p, i) => `import icon${i} from ${JSON.stringify(`${join(iconsDir, p)}?url`)};`);
      const entries = paths.map((p, i) => `  ${JSON.stringify(p)}: icon${i},`);
      return `${imports.join('\n')}\nexport default {\n${entries.join('\n')}\n};\n`;
    },
  };
}
