import type { CliCommand } from '../command';
import { costCommand } from './cost';
import { exportCommand } from './export';
import { importCommand } from './import';
import { rulesCommand } from './rules';
import { schemaCommand } from './schema';
import { validateCommand } from './validate';

/** Every CLI command, in the order `--help` lists them. */
export const COMMANDS: readonly CliCommand[] = [validateCommand, rulesCommand, costCommand, exportCommand, importCommand, schemaCommand];
