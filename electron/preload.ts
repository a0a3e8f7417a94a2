/**
 * The only bridge between the page and main: `window.ledger.invoke` for the contract's channels and
 * `window.ledger.on` for its events. No logic, no `ipcRenderer` and no IPC event object reaches the page.
 * Bundled as CommonJS (a sandboxed preload cannot be an ES module), so it imports only plain constants.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { IPC_CHANNELS, IPC_EVENTS } from '@shared/ipc/channels';
import type { LedgerBridge } from '@shared/ipc/contract';

const channels: ReadonlySet<string> = new Set(IPC_CHANNELS);
const events: ReadonlySet<string> = new Set(IPC_EVENTS);

const bridge: LedgerBridge = {
  invoke(channel, request) {
    if (!channels.has(channel)) return Promise.reject(new Error(`Unknown channel "${channel}"`));
    return ipcRenderer.invoke(channel, request);
  },

  on(event, listener) {
    if (!events.has(event)) throw new Error(`Unknown event "${event}"`);
    const forward = (_event: IpcRendererEvent, payload: Parameters<typeof listener>[0]) => listener(payload);
    ipcRenderer.on(event, forward);
    return () => {
      ipcRenderer.removeListener(event, forward);
    };
  },
};

contextBridge.exposeInMainWorld('ledger', bridge);
