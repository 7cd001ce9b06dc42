import { z } from 'zod';
import { channelOf, ipcContract, type IpcContract, type Namespace } from '../../../shared/ipc/contract';
import type { IpcMainPort, Sender } from './ports';
import type { SenderCheck } from './sender-check';

export interface HandlerContext {
  /** The web contents that asked: the handler finds its window through it. */
  readonly sender: Sender;
}

type HandlerOf<S> = S extends { args: infer A extends z.ZodTuple; result: infer R extends z.ZodType }
  ? (context: HandlerContext, ...args: z.output<A>) => z.input<R> | Promise<z.input<R>>
  : never;

/** One function per method of a contract namespace, each given parsed arguments. */
export type Handlers<N extends Namespace> = { [M in keyof IpcContract[N]]: HandlerOf<IpcContract[N][M]> };

export interface IpcRegistry {
  readonly ipc: IpcMainPort;
  readonly isTrustedSender: SenderCheck;
  /** Told about every refused message (for the log); never given the payload. */
  readonly onRefused?: (channel: string, reason: string) => void;
}

const MAX_REASON_CHARS = 300;

function describe(error: z.ZodError): string {
  const text = z.prettifyError(error).replace(/\s+/g, ' ').trim();
  return text.length > MAX_REASON_CHARS ? `${text.slice(0, MAX_REASON_CHARS)}…` : text;
}

/**
 * Registers the handlers of one contract namespace. Each message is refused unless it comes from the
 * app's own page, and its arguments are parsed with the contract's schemas (wrong types, missing or
 * extra keys, extra arguments, oversized strings are all refused) before the handler sees them.
 * Returns a function that removes the handlers.
 */
export function registerHandlers<N extends Namespace>(registry: IpcRegistry, namespace: N, handlers: Handlers<N>): () => void {
  const specs = ipcContract[namespace] as Record<string, { args: z.ZodTuple; result: z.ZodType }>;
  const channels: string[] = [];
  for (const [methodName, spec] of Object.entries(specs)) {
    const handler = (handlers as Record<string, (context: HandlerContext, ...args: unknown[]) => unknown>)[methodName];
    if (typeof handler !== 'function') throw new Error(`No handler for ${channelOf(namespace, methodName)}`);
    const channel = channelOf(namespace, methodName);
    registry.ipc.handle(channel, async (event, ...rawArgs) => {
      if (!registry.isTrustedSender(event)) {
        registry.onRefused?.(channel, 'sender is not the app');
        throw new Error(`${channel} refused: the message did not come from the app`);
      }
      const parsed = spec.args.safeParse(rawArgs);
      if (!parsed.success) {
        const reason = describe(parsed.error);
        registry.onRefused?.(channel, reason);
        throw new Error(`${channel} refused: invalid arguments: ${reason}`);
      }
      const result = await handler({ sender: event.sender }, ...(parsed.data as unknown[]));
      return spec.result.parse(result);
    });
    channels.push(channel);
  }
  return () => channels.forEach((channel) => registry.ipc.removeHandler(channel));
}
