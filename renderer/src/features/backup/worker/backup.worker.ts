/**
 * The backup worker's entry: a dedicated module worker that the client (`client.ts`) starts. Everything
 * it does is in `service.ts`, which the client also runs in-thread where there is no `Worker`.
 */
import { createBackupService } from './service';
import { fetchParkedFile } from './parked-file';
import { transferables, type WorkerResponse } from './protocol';

/** The part of a dedicated worker's global scope used here (the renderer is typed with the DOM lib). */
const scope = globalThis as unknown as {
  postMessage: (message: WorkerResponse, transfer: Transferable[]) => void;
  addEventListener: (type: 'message', listener: (event: MessageEvent<unknown>) => void) => void;
};

// A new backup's bytes are handed over, not copied; a file to check is fetched from the app here, with
// the ticket main parked it under, so its bytes never reach the page's main thread.
const service = createBackupService(
  (response) => scope.postMessage(response, transferables(response)),
  fetchParkedFile,
);
scope.addEventListener('message', (event) => service.receive(event.data));
