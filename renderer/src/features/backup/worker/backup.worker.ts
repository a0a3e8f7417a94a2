/**
 * The backup worker's entry: a dedicated module worker that the client (`client.ts`) starts. Everything
 * it does is in `service.ts`, which the client also runs in-thread where there is no `Worker`.
 */
import { createBackupService } from './service';
import { transferables, type WorkerResponse } from './protocol';

/** The part of a dedicated worker's global scope used here (the renderer is typed with the DOM lib). */
const scope = globalThis as unknown as {
  postMessage: (message: WorkerResponse, transfer: Transferable[]) => void;
  addEventListener: (type: 'message', listener: (event: MessageEvent<unknown>) => void) => void;
};

// The backup's bytes are handed over, not copied.
const service = createBackupService((response) => scope.postMessage(response, transferables(response)));
scope.addEventListener('message', (event) => service.receive(event.data));
