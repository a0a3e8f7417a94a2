/**
 * The app's security posture in one place: webPreferences, who may call IPC, where a page may go, and
 * which permissions it gets (none). No Electron import: the Electron objects are described by the few
 * members used, so every rule here is unit-tested without the binary.
 */
import { APP_ORIGIN } from '@shared/app-identity';
import type { SenderInfo } from './ipc/dispatch';

export function secureWebPreferences(preloadPath: string) {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: true,
    preload: preloadPath,
  } as const;
}

/**
 * `scheme://host[:port]` of a URL, or null. `URL.origin` cannot be used: for schemes Node does not know
 * as special (like `app:`) it is always the opaque "null".
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (error) {
    if (error instanceof TypeError) return null;
    throw error;
  }
  if (parsed.host === '' || parsed.username !== '' || parsed.password !== '') return null;
  return `${parsed.protocol}//${parsed.host}`;
}

/** A sender check that trusts only the top-level frame of a page from `origin`. */
export function trustedSenderFor(origin: string): (sender: SenderInfo) => boolean {
  return (sender) => sender.isMainFrame && originOf(sender.url) === origin;
}

/** Production: only the app's own window on `app://growth-ledger`. */
export const isTrustedSender = trustedSenderFor(APP_ORIGIN);

export function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch (error) {
    if (error instanceof TypeError) return false;
    throw error;
  }
}

export interface PreventableEvent {
  preventDefault(): void;
}
export interface NavigationEvent extends PreventableEvent {
  url: string;
}

/** The members of Electron's WebContents that the guard uses. */
export interface GuardableContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface GuardOptions {
  /** The origin the app's pages come from; the dev server's in development. */
  appOrigin?: string;
}

/**
 * Keeps every page on the app's own origin: no navigation or redirect elsewhere, no new windows, no
 * <webview>. Web links the user clicks open in their browser instead (http and https only: a
 * `file:` or custom-scheme URL handed to the OS could run a program).
 */
export function guardWebContents(
  contents: GuardableContents,
  openExternal: (url: string) => void,
  { appOrigin = APP_ORIGIN }: GuardOptions = {},
): void {
  contents.on('will-navigate', (event) => {
    if (originOf(event.url) === appOrigin) return;
    event.preventDefault();
    if (isWebUrl(event.url)) openExternal(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (originOf(event.url) !== appOrigin) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isWebUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}

/** The members of Electron's Session that `denyAllPermissions` uses. */
export interface PermissionSession {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
}

/** The app needs no camera, location, notifications-from-the-page or anything else: refuse them all. */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
