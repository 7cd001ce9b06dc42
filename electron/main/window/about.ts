import type { AppInfo } from '../../../shared/ipc/contract';

/** The About box's text: the app's version and the runtime it is built on. */
export function aboutText(info: AppInfo): { title: string; message: string; detail: string } {
  return {
    title: `About ${info.name}`,
    message: `${info.name} ${info.version}`,
    detail: [
      'Draw AWS Lambda architectures, see every limit they break, export SAM and CloudFormation.',
      '',
      `Electron ${info.electron}`,
      `Chrome ${info.chrome}`,
      `Node.js ${info.node}`,
      `V8 ${info.v8}`,
      `Platform ${info.platform}`,
    ].join('\n'),
  };
}
