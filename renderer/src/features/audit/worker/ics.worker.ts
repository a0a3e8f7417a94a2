/**
 * The calendar worker's entry: a dedicated module worker that the client (`client.ts`) starts for one
 * parse. Everything it does is in `service.ts`, which the client also runs in-thread where there is no
 * `Worker`.
 */
import type { WorkerResponse } from './protocol';
import { createIcsService } from './service';

/** The part of a dedicated worker's global scope used here (the renderer is typed with the DOM lib). */
const scope = globalThis as unknown as {
  postMessage: (message: WorkerResponse) => void;
  addEventListener: (type: 'message', listener: (event: MessageEvent<unknown>) => void) => void;
};

const service = createIcsService((response) => scope.postMessage(response));
scope.addEventListener('message', (event) => service.receive(event.data));
