/**
 * One way for the page to reach a service that runs in a Web Worker (backup, calendar import, search),
 * or the same service in this thread where there is no `Worker` (happy-dom and Node in unit tests) or
 * the worker cannot start. Each feature keeps its own `new Worker(new URL('./x.worker.ts', …))` call:
 * the bundler finds worker entries by that exact expression.
 */

/** One way of reaching a service: a real worker, or the service in this thread. */
export interface WorkerPort<Request> {
  post: (request: Request) => void;
  /** `onMessage` gets everything the service sends, unvalidated; `onCrash` a reason the port is dead. */
  listen: (onMessage: (data: unknown) => void, onCrash: (message: string) => void) => void;
  close: () => void;
}

/** A service as each feature's `create…Service(send)` returns it. */
export interface InThreadService<Request> {
  receive: (request: Request) => void;
  close?: () => unknown;
}

/** The service in this thread. Answers are delivered like a worker's: never synchronously, never after close. */
export function inThreadPort<Request>(
  create: (send: (response: unknown) => void) => InThreadService<Request>,
): WorkerPort<Request> {
  let deliver: (data: unknown) => void = () => undefined;
  let closed = false;
  const service = create((response) =>
    queueMicrotask(() => {
      if (!closed) deliver(response);
    }),
  );
  return {
    post: (request) => service.receive(request),
    listen: (onMessage) => {
      deliver = onMessage;
    },
    close: () => {
      closed = true;
      void service.close?.();
    },
  };
}

/** A started worker as a port; `transfer` lists what a request hands over instead of copying. */
export function portOfWorker<Request>(
  worker: Worker,
  transfer: (request: Request) => Transferable[] = () => [],
): WorkerPort<Request> {
  return {
    post: (request) => worker.postMessage(request, transfer(request)),
    listen: (onMessage, onCrash) => {
      worker.addEventListener('message', (event) => onMessage(event.data));
      worker.addEventListener('messageerror', () => onCrash('a message from it could not be read'));
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        onCrash(event.message || 'it stopped unexpectedly');
      });
    },
    close: () => worker.terminate(),
  };
}

/**
 * A service's answer to a request that does not match its protocol: refused by the id it claims (0 when
 * it has none worth trusting), with the first thing wrong, so the waiting caller fails instead of hanging.
 */
export function refusalOf(
  data: unknown,
  worker: string,
  issues: readonly { message: string }[],
): { type: 'failed'; id: number; message: string } {
  const requestId = (data as { id?: unknown } | null)?.id;
  return {
    type: 'failed',
    id: typeof requestId === 'number' && Number.isInteger(requestId) && requestId >= 0 ? requestId : 0,
    message: `The ${worker} worker refused a malformed request (${issues[0]?.message ?? 'invalid'}).`,
  };
}
