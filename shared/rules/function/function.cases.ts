import { ruleCase } from '../testing/rule-cases';
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

export const FUNCTION_CASES = [
  ruleCase(memoryRange, 'memory above 10,240 MB', (b, broken) => void b.fn('resize', { memorySize: broken ? 20_000 : 10_240 }), {
    expectFindings: ([f]) => {
      if (f?.fix?.changes[0]?.value !== 10_240) throw new Error('the fix clamps memory to 10,240 MB');
    },
  }),
  ruleCase(memoryRange, 'memory below 128 MB', (b, broken) => void b.fn('resize', { memorySize: broken ? 64 : 128 })),
  ruleCase(timeoutRange, 'a timeout above 900 s', (b, broken) => void b.fn('report', { timeout: broken ? 1200 : 900 })),
  ruleCase(timeoutRange, 'a timeout of 0 s', (b, broken) => void b.fn('report', { timeout: broken ? 0 : 1 })),
  ruleCase(ephemeralStorageRange, '/tmp above 10,240 MB', (b, broken) => void b.fn('unzip', { ephemeralStorage: broken ? 20_480 : 10_240 })),
  ruleCase(ephemeralStorageRange, '/tmp below 512 MB', (b, broken) => void b.fn('unzip', { ephemeralStorage: broken ? 256 : 512 })),
  ruleCase(environmentSize, 'variables over 4 KB', (b, broken) =>
    void b.fn('config-heavy', { environment: { RULES: 'x'.repeat(broken ? 4088 : 4087), MODE: '' } })),
  ruleCase(environmentSize, 'multi-byte values over 4 KB', (b, broken) => void b.fn('config-heavy', { environment: { TEXT: 'é'.repeat(broken ? 2047 : 2046) } })),
  ruleCase(layerCount, 'six layers', (b, broken) => {
    b.fn('app');
    for (let i = 1; i <= (broken ? 6 : 5); i++) b.edge(b.node('lambda-layer', `lib-${i}`), 'app', 'uses-layer');
  }),
  ruleCase(layerRuntimeCompatibility, 'a Python layer on a Node.js function', (b, broken) => {
    b.fn('app', { runtime: 'nodejs24.x' });
    b.edge(b.node('lambda-layer', 'deps', { compatibleRuntimes: broken ? ['python3.13'] : ['python3.13', 'nodejs24.x'] }), 'app', 'uses-layer');
  }),
  ruleCase(layerArchitectureCompatibility, 'an x86_64 layer on an arm64 function', (b, broken) => {
    b.fn('app', { architecture: 'arm64' });
    b.edge(b.node('lambda-layer', 'sharp', { compatibleArchitectures: broken ? ['x86_64'] : ['x86_64', 'arm64'] }), 'app', 'uses-layer');
  }),
  ruleCase(runtimeBlocked, 'a runtime closed to new functions', (b, broken) => void b.fn('legacy', { runtime: broken ? 'python3.9' : 'python3.13' }), { today: '2026-06-15' }),
  ruleCase(runtimeDeprecated, 'a deprecated runtime', (b, broken) => void b.fn('legacy', { runtime: broken ? 'nodejs18.x' : 'nodejs22.x' })),
  ruleCase(runtimeDeprecationSoon, 'a runtime deprecated within 180 days', (b, broken) => void b.fn('api', { runtime: broken ? 'nodejs20.x' : 'nodejs22.x' })),
  ruleCase(unknownRuntime, 'a retired runtime', (b, broken) => void b.fn('old', { runtime: broken ? 'nodejs16.x' : 'nodejs24.x' })),
  ruleCase(zipRuntimeHandler, 'a zip package without a handler', (b, broken) => void b.fn('app', { handler: broken ? '' : 'index.handler' })),
  ruleCase(imagePackageSettings, 'a layer on a container image', (b, broken) => {
    b.fn('ocr', { packageType: 'Image' });
    if (broken) b.edge(b.node('lambda-layer', 'tesseract'), 'ocr', 'uses-layer');
  }),
  ruleCase(imagePackageSettings, 'inline code in a container image', (b, broken) =>
    void b.fn('ocr', { packageType: broken ? 'Image' : 'Zip', inlineCode: 'exports.handler = async () => 1;' })),
  ruleCase(packageSizeZipped, 'a 60 MB zip', (b, broken) => void b.fn('ml', { packageSize: { zippedMB: broken ? 60 : 50 } })),
  ruleCase(packageSizeUnzipped, 'code and layers over 250 MB', (b, broken) => {
    b.fn('ml', { packageSize: { unzippedMB: 200 } });
    b.edge(b.node('lambda-layer', 'numpy', { unzippedMB: broken ? 60 : 50 }), 'ml', 'uses-layer');
  }),
  ruleCase(inlineCodeSize, 'inline code over 4 KB', (b, broken) => void b.fn('tiny', { codeUri: '', inlineCode: `// ${'x'.repeat(broken ? 4094 : 4093)}` })),
  ruleCase(inlineCodeRuntime, 'inline code on Java', (b, broken) => void b.fn('tiny', { runtime: broken ? 'java21' : 'python3.13', handler: 'index.handler', inlineCode: 'code' })),
  ruleCase(imageSize, 'an 11 GB image', (b, broken) => void b.fn('ml', { packageType: 'Image', packageSize: { imageMB: broken ? 11_000 : 10_240 } })),
  ruleCase(handlerFormat, 'a Python handler without a function name', (b, broken) => void b.fn('etl', { runtime: 'python3.13', handler: broken ? 'app' : 'jobs/app.lambda_handler' })),
];
