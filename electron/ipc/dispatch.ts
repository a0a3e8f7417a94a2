/**
 * The one place where IPC requests are checked: known channel, trusted sender, valid payload.
 * Plain TypeScript with no Electron import, so the e2e bridge and the unit tests run exactly this code.
 */
import {
  contract,
  type Channel,
  type IpcErrorInfo,
  type IpcResult,
  type RequestOf,
  type ResponseOf,
} from '@shared/ipc/contract';
import { errorMessage } from '@shared/errors';
import { errorCode } from '../services/files/error-code';

export type Handlers = { [C in Channel]: (request: RequestOf<C>) => Promise<ResponseOf<C>> };

/** What main knows about who sent a request. */
export interface SenderInfo {
  /** URL of the sending frame. */
  url: string;
  /** Whether the sender is the top-level frame of its page. */
  isMainFrame: boolean;
}

export type SenderCheck = (sender: SenderInfo) => boolean;

/** A handler throws this to send a specific, user-readable error to the renderer. */
export class HandlerError extends Error {
  constructor(
    readonly code: IpcErrorInfo['code'],
    message: string,
  ) {
    super(message);
    this.name = 'HandlerError';
  }
}

export interface DispatchOptions {
  handlers: Handlers;
  isTrustedSender: SenderCheck;
  /** Where unexpected errors are reported (main's log); never swallowed. */
  logError: (message: string, error: unknown) => void;
}

/**
 * The most of a request's own text (a channel name, a key, zod's note on it) a refusal quotes: a request
 * can carry megabytes, and an error that echoes them all is sent back, logged and shown (issue 14).
 */
export const MAX_QUOTED_CHARS = 120;

function clip(text: string): string {
  return text.length > MAX_QUOTED_CHARS ? `${text.slice(0, MAX_QUOTED_CHARS)}…` : text;
}

function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}

/**
 * What the user can do about a file-system failure that reaches the dispatcher, in place of the system's
 * code (`ENOSPC: no space left on device, write`). Every write is atomic, so nothing was half-saved.
 */
function fileSystemProblem(error: unknown): IpcErrorInfo | null {
  switch (errorCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return {
        code: 'disk-full',
        message:
          'The disk is full, so nothing was saved and your data is as it was. Free some space on this computer (or choose another drive), then try again.',
      };
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return {
        code: 'no-permission',
        message:
          'Growth Ledger is not allowed to write there, so nothing was saved and your data is as it was. Choose another folder, or check that this one is writable, then try again.',
      };
    default:
      return null;
  }
}

export function createDispatcher({ handlers, isTrustedSender, logError }: DispatchOptions) {
  return async function dispatch(
    channel: unknown,
    rawRequest: unknown,
    sender: SenderInfo,
  ): Promise<IpcResult<unknown>> {
    if (!isTrustedSender(sender)) {
      logError(`Refused IPC from untrusted sender ${clip(sender.url)}`, null);
      return {
        ok: false,
        error: { code: 'forbidden-sender', message: 'This request did not come from the app window.' },
      };
    }
    if (!isChannel(channel)) {
      return {
        ok: false,
        error: { code: 'unknown-channel', message: `Unknown request "${clip(String(channel))}".` },
      };
    }
    const parsed = contract[channel].request.safeParse(rawRequest ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
      return {
        ok: false,
        error: {
          code: 'invalid-request',
          message: `The app sent an invalid "${channel}" request (${clip(`${where}${issue?.message ?? 'invalid'}`)}).`,
        },
      };
    }
    try {
      const handler = handlers[channel] as (request: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof HandlerError)
        return { ok: false, error: { code: error.code, message: error.message } };
      logError(`IPC handler "${channel}" failed`, error);
      const known = fileSystemProblem(error);
      if (known) return { ok: false, error: known };
      const detail = errorMessage(error);
      return {
        ok: false,
        error: { code: 'internal', message: `Something went wrong while handling "${channel}": ${detail}` },
      };
    }
  };
}

export type Dispatcher = ReturnType<typeof createDispatcher>;
