import type { CliCommand } from '../command';
import { exportCommand } from './export';
import { importCommand } from './import';
import { schemaCommand } from './schema';

/** Every CLI command, in the order `--help` lists them. */
export const COMMANDS: readonly CliCommand[] = [schemaCommand, exportCommand, importCommand];
