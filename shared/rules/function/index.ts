import type { RuleDefinition } from '../define-rule';
import { environmentSize } from './environment-size';
import { ephemeralStorageRange } from './ephemeral-storage-range';
import { handlerFormat } from './handler-format';
import { imagePackageSettings } from './image-package-settings';
import { imageSize } from './image-size';
import { inlineCodeRuntime } from './inline-code-runtime';
import { inlineCodeSize } from './inline-code-size';
import { layerArchitectureCompatibility } from './layer-architecture-compatibility';
import { layerCount } from './layer-count';
import { layerRuntimeCompatibility } from './layer-runtime-compatibility';
import { memoryRange } from './memory-range';
import { packageSizeUnzipped } from './package-size-unzipped';
import { packageSizeZipped } from './package-size-zipped';
import { runtimeBlocked } from './runtime-blocked';
import { runtimeDeprecated } from './runtime-deprecated';
import { runtimeDeprecationSoon } from './runtime-deprecation-soon';
import { timeoutRange } from './timeout-range';
import { unknownRuntime } from './unknown-runtime';
import { zipRuntimeHandler } from './zip-runtime-handler';

/** The function rules, by id. */
export const FUNCTION_RULES: readonly RuleDefinition[] = [
  memoryRange,
  timeoutRange,
  ephemeralStorageRange,
  environmentSize,
  layerCount,
  layerRuntimeCompatibility,
  layerArchitectureCompatibility,
  runtimeBlocked,
  runtimeDeprecated,
  runtimeDeprecationSoon,
  unknownRuntime,
  zipRuntimeHandler,
  imagePackageSettings,
  packageSizeZipped,
  packageSizeUnzipped,
  inlineCodeSize,
  inlineCodeRuntime,
  imageSize,
  handlerFormat,
];
