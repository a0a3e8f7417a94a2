/**
 * The search worker's entry: a dedicated module worker that `client.ts` starts once the first screen has
 * been painted. Everything it does is in `service.ts`, which the client also runs in-thread where there
 * is no `Worker`.
 */
import { createSearchService } from './service';
import type { SearchRequest, SearchResponse } from './protocol';

/** The part of a dedicated worker's global scope used here (the renderer is typed with the DOM lib). */
const scope = globalThis as unknown as {
  postMessage: (message: SearchResponse) => void;
  addEventListener: (type: 'message', listener: (event: MessageEvent<SearchRequest>) => void) => void;
};

const service = createSearchService((response) => scope.postMessage(response));
scope.addEventListener('message', (event) => service.receive(event.data));
