import { z } from 'zod';

/**
 * The one description of what the renderer may ask the Electron main process and what main may tell
 * the renderer. Main parses every argument with these schemas; the preload builds `window.designer`
 * by walking them; `DesignerApi` is derived from them, so nothing is kept in sync by hand.
 *
 * Invoke channels are `app:<namespace>.<method>`; events (main → renderer) have their own names.
 */

/** Designs larger than this are refused on open and on save. */
export const MAX_DESIGN_BYTES = 20 * 1024 * 1024;
/** A PNG of a very large diagram, base64-encoded. */
export const MAX_PICTURE_CHARS = 64 * 1024 * 1024;
export const MAX_PATH_CHARS = 4096;
export const MAX_URL_CHARS = 2048;

const noNul = (s: string) => !s.includes('\0');
const noControlCharacters = (s: string) => ![...s].some((c) => c.charCodeAt(0) < 0x20);

export const FilePath = z.string().min(1).max(MAX_PATH_CHARS).refine(noNul, 'a path without NUL characters');
/** A file name the user will see in a save dialog: no folders, no characters Windows refuses. */
export const SuggestedName = z.string().min(1).max(255)
  .regex(/^[^\\/:*?"<>|]+$/, 'a file name without folders or reserved characters')
  .refine(noControlCharacters, 'a file name without control characters')
  .refine((s) => s.replace(/\./g, '') !== '', 'a file name, not a folder reference');
/** Names backup files, so letters, digits, - and _ only (a UUID fits). */
export const DocumentKey = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, 'letters, digits, - or _ (at most 100)');
export const DesignText = z.string().max(MAX_DESIGN_BYTES);
const DisplayName = z.string().min(1).max(500);

/** What main knows about a design file on disk; a later save compares against it. */
export const FileStamp = z.strictObject({
  path: FilePath,
  name: z.string(),
  mtimeMs: z.number(),
  /** SHA-256 of the bytes, hex. */
  hash: z.string(),
});
export type FileStamp = z.infer<typeof FileStamp>;

export const OpenedDesign = z.strictObject({ ...FileStamp.shape, text: z.string() });
export type OpenedDesign = z.infer<typeof OpenedDesign>;

const Cancelled = z.strictObject({ status: z.literal('cancelled') });
/** Main has already explained the failure to the user in a native message box. */
const Failed = z.strictObject({ status: z.literal('failed'), message: z.string() });

export const OpenResult = z.discriminatedUnion('status', [z.strictObject({ status: z.literal('opened'), file: OpenedDesign }), Cancelled, Failed]);
export const SaveResult = z.discriminatedUnion('status', [z.strictObject({ status: z.literal('saved'), file: FileStamp }), Cancelled, Failed]);
export const ExportResult = z.discriminatedUnion('status', [z.strictObject({ status: z.literal('exported'), path: FilePath }), Cancelled, Failed]);
export type OpenResult = z.infer<typeof OpenResult>;
export type SaveResult = z.infer<typeof SaveResult>;
export type ExportResult = z.infer<typeof ExportResult>;

export const SaveRequest = z.strictObject({
  text: DesignText,
  /** The file the document came from or was last saved to; without it, a save dialog asks where. */
  path: FilePath.optional(),
  /** What the file looked like when this document last read or wrote it: a mismatch asks before overwriting. */
  expectedMtimeMs: z.number().optional(),
  expectedHash: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  /** Proposed in the save dialog when there is no path yet. */
  suggestedName: SuggestedName.optional(),
  /** The document's backup, dropped once the save succeeds. */
  documentKey: DocumentKey.optional(),
});
export const SaveAsRequest = z.strictObject({ text: DesignText, suggestedName: SuggestedName, documentKey: DocumentKey.optional() });
export const ExportTemplateRequest = z.strictObject({ text: DesignText, suggestedName: SuggestedName, kind: z.enum(['yaml', 'json']) });
export const ExportPictureRequest = z.strictObject({
  /** Base64 bytes for PNG, the SVG markup itself for SVG. */
  data: z.string().min(1).max(MAX_PICTURE_CHARS),
  format: z.enum(['png', 'svg']),
  suggestedName: SuggestedName,
});

export const RecentFile = z.strictObject({ path: FilePath, name: z.string() });
export type RecentFile = z.infer<typeof RecentFile>;

export const BackupWrite = z.strictObject({
  documentKey: DocumentKey,
  text: DesignText,
  /** The document's name, shown when recovery is offered. */
  name: DisplayName,
  /** The file the document belongs to, when it has one. */
  path: FilePath.nullable().optional(),
});
export const Backup = z.strictObject({ documentKey: DocumentKey, name: z.string(), path: FilePath.nullable(), text: z.string(), savedAt: z.number() });
export type Backup = z.infer<typeof Backup>;

export const AppInfo = z.strictObject({
  name: z.string(),
  version: z.string(),
  electron: z.string(),
  chrome: z.string(),
  node: z.string(),
  v8: z.string(),
  platform: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const TitleState = z.strictObject({
  fileName: DisplayName,
  dirty: z.boolean(),
  /** The open document's backup key: dropped when the user closes without saving. */
  documentKey: DocumentKey.optional(),
});
export type TitleState = z.infer<typeof TitleState>;

/** Native text editing, for menu commands that arrive while a text field or Monaco has focus. */
export const EditTextAction = z.enum(['undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'selectAll']);
export const CloseAfterSave = z.strictObject({ requestId: z.string().min(1).max(100), saved: z.boolean() });

const method = <A extends z.ZodTuple, R extends z.ZodType>(args: A, result: R) => ({ args, result });
const none = z.tuple([]);

export const ipcContract = {
  design: {
    /** Open dialog, then read the chosen file. */
    open: method(none, OpenResult),
    /** Reads a file main has already handed out (recent files, `file:openRequested`); other paths are refused. */
    openPath: method(z.tuple([FilePath]), OpenResult),
    save: method(z.tuple([SaveRequest]), SaveResult),
    saveAs: method(z.tuple([SaveAsRequest]), SaveResult),
    exportTemplate: method(z.tuple([ExportTemplateRequest]), ExportResult),
    exportPicture: method(z.tuple([ExportPictureRequest]), ExportResult),
    /** Most recent first; files that no longer exist are left out. */
    recentFiles: method(none, z.array(RecentFile)),
  },
  backup: {
    write: method(z.tuple([BackupWrite]), z.void()),
    discard: method(z.tuple([DocumentKey]), z.void()),
    /** Backups left by an earlier run that ended without saving (a crash, a kill): newest first. */
    pending: method(none, z.array(Backup)),
  },
  app: {
    info: method(none, AppInfo),
    /** The renderer reports its document's name and unsaved state: window title, close prompt. */
    setTitleState: method(z.tuple([TitleState]), z.void()),
    /** The renderer listens for events now: main sends what it held back (files to open). */
    ready: method(none, z.void()),
    /** Answer to `app:saveBeforeClose`. */
    closeAfterSave: method(z.tuple([CloseAfterSave]), z.void()),
    editText: method(z.tuple([EditTextAction]), z.void()),
  },
  shell: {
    /** Opens an https link of an allowed host in the user's browser; false when refused. */
    openExternal: method(z.tuple([z.string().max(MAX_URL_CHARS)]), z.boolean()),
  },
} as const;

export type IpcContract = typeof ipcContract;
export type Namespace = keyof IpcContract;
export type MethodOf<N extends Namespace> = keyof IpcContract[N] & string;
type Spec = { args: z.ZodTuple; result: z.ZodType };

export function channelOf(namespace: string, methodName: string): string {
  return `app:${namespace}.${methodName}`;
}

export interface MethodEntry {
  namespace: Namespace;
  method: string;
  channel: string;
  args: z.ZodTuple;
  result: z.ZodType;
}

/** Every invoke method, with its channel. */
export function listMethods(contract: IpcContract = ipcContract): MethodEntry[] {
  return (Object.keys(contract) as Namespace[]).flatMap((namespace) =>
    Object.entries(contract[namespace] as Record<string, Spec>).map(([name, spec]) => ({ namespace, method: name, channel: channelOf(namespace, name), args: spec.args, result: spec.result })),
  );
}

const nothing = z.undefined();

/** Main → renderer. Menu commands carry nothing unless noted. */
export const rendererEvents = {
  'menu:new': nothing,
  'menu:open': nothing,
  'menu:save': nothing,
  'menu:saveAs': nothing,
  'menu:exportTemplate': nothing,
  'menu:exportPicture': z.strictObject({ format: z.enum(['png', 'svg']) }),
  'menu:undo': nothing,
  'menu:redo': nothing,
  'menu:cut': nothing,
  'menu:copy': nothing,
  'menu:paste': nothing,
  'menu:duplicate': nothing,
  'menu:delete': nothing,
  'menu:selectAll': nothing,
  'menu:zoomToFit': nothing,
  'menu:autoLayout': nothing,
  'menu:toggleTheme': nothing,
  'menu:toggleProblems': nothing,
  'menu:toggleYaml': nothing,
  'menu:keyboardShortcuts': nothing,
  'menu:rulesReference': nothing,
  /** A file to open (second launch, Open Recent, the OS's "open with"); open it with `design.openPath` once any unsaved work is dealt with. */
  'file:openRequested': z.strictObject({ path: FilePath }),
  /** The user chose Save in the native "unsaved changes" prompt on close: save, then answer with `app.closeAfterSave`. */
  'app:saveBeforeClose': z.strictObject({ requestId: z.string() }),
} as const;

export type RendererEvents = typeof rendererEvents;
export type RendererEventName = keyof RendererEvents;
export type RendererEventPayload<E extends RendererEventName> = z.output<RendererEvents[E]>;

export function isRendererEventName(name: unknown): name is RendererEventName {
  return typeof name === 'string' && Object.hasOwn(rendererEvents, name);
}

type ApiOf<S> = S extends { args: infer A extends z.ZodTuple; result: infer R extends z.ZodType }
  ? (...args: z.input<A>) => Promise<z.output<R>>
  : never;

/** What the preload exposes as `window.designer`. */
export type DesignerApi = {
  readonly [N in Namespace]: { readonly [M in keyof IpcContract[N]]: ApiOf<IpcContract[N][M]> };
} & {
  readonly host: 'electron';
  readonly platform: string;
  /** Listens for one main → renderer event; returns a function that stops listening. */
  on<E extends RendererEventName>(event: E, listener: (payload: RendererEventPayload<E>) => void): () => void;
};
