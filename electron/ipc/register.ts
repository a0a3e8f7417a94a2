/**
 * Connects the dispatcher to Electron's ipcMain: one `handle` per contract channel. Only types come from
 * Electron, so the wiring is unit-tested with a fake ipcMain.
 */
import type { Dispatcher, SenderInfo } from './dispatch';
import { CHANNELS, type Channel } from '@shared/ipc/contract';

/** The parts of an `IpcMainInvokeEvent` used to identify the sender. */
export interface InvokeEventLike {
  /** Null when the frame has navigated away or been destroyed since it sent the request. */
  readonly senderFrame: { url: string } | null;
  readonly sender: { readonly mainFrame: unknown };
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, request: unknown) => Promise<unknown>): void;
}

export function senderOf(event: InvokeEventLike): SenderInfo {
  const frame = event.senderFrame;
  return { url: frame?.url ?? '', isMainFrame: frame !== null && frame === event.sender.mainFrame };
}

export function registerIpc(ipcMain: IpcMainLike, dispatch: Dispatcher): Channel[] {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, request) => dispatch(channel, request, senderOf(event)));
  }
  return [...CHANNELS];
}
