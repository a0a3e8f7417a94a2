import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import {
  denyAllPermissions,
  guardWebContents,
  isTrustedSender,
  originOf,
  secureWebPreferences,
  trustedSenderFor,
  type PermissionSession,
} from '@main/security';
import { APP_ORIGIN } from '@shared/app-identity';

describe('secureWebPreferences', () => {
  it('turns every isolation on and every Node door off', () => {
    const prefs = secureWebPreferences('/app/out/preload/preload.cjs');
    expect(prefs).toEqual({
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
      preload: '/app/out/preload/preload.cjs',
    });
  });
});

describe('isTrustedSender', () => {
  it('trusts the main frame of the app origin', () => {
    expect(APP_ORIGIN).toBe('app://growth-ledger');
    expect(isTrustedSender({ url: 'app://growth-ledger/index.html', isMainFrame: true })).toBe(true);
    expect(isTrustedSender({ url: 'app://growth-ledger/audit?week=2#top', isMainFrame: true })).toBe(true);
  });

  it.each([
    ['a subframe of the app', 'app://growth-ledger/index.html', false],
    ['another app host', 'app://growth-ledger.evil/index.html', true],
    ['a host with the app as prefix', 'app://growth-ledgerx/index.html', true],
    ['credentials in the URL', 'app://user:pw@growth-ledger/index.html', true],
    ['a file URL', 'file:///opt/growth-ledger/index.html', true],
    ['an http page', 'http://growth-ledger/index.html', true],
    ['an https page', 'https://example.com/', true],
    ['the dev server', 'http://localhost:5173/', true],
    ['an empty URL (destroyed frame)', '', true],
    ['garbage', 'not a url', true],
  ])('refuses %s', (_what, url, isMainFrame) => {
    expect(isTrustedSender({ url, isMainFrame })).toBe(false);
  });

  it('can trust an http origin for the e2e bridge, exactly', () => {
    const trusted = trustedSenderFor('http://127.0.0.1:4173');
    expect(trusted({ url: 'http://127.0.0.1:4173/index.html', isMainFrame: true })).toBe(true);
    expect(trusted({ url: 'http://127.0.0.1:4174/index.html', isMainFrame: true })).toBe(false);
    expect(trusted({ url: 'http://127.0.0.1:4173/index.html', isMainFrame: false })).toBe(false);
    expect(trusted({ url: 'app://growth-ledger/index.html', isMainFrame: true })).toBe(false);
  });

  it('computes origins of non-special schemes (URL.origin says "null" for them)', () => {
    expect(originOf('app://growth-ledger/x')).toBe('app://growth-ledger');
    expect(originOf('http://localhost:5173/x')).toBe('http://localhost:5173');
    expect(originOf('about:blank')).toBeNull();
    expect(originOf('nonsense')).toBeNull();
  });
});

class FakeContents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }) {
    this.openHandler = handler;
  }
  navigate(event: 'will-navigate' | 'will-redirect', url: string) {
    const preventDefault = vi.fn();
    this.emit(event, { url, preventDefault });
    return preventDefault.mock.calls.length > 0;
  }
}

function guarded(options?: { appOrigin?: string }) {
  const contents = new FakeContents();
  const opened: string[] = [];
  guardWebContents(contents, (url) => opened.push(url), options);
  return { contents, opened };
}

describe('guardWebContents', () => {
  it('blocks navigation away from the app and opens web links in the browser', () => {
    const { contents, opened } = guarded();
    expect(contents.navigate('will-navigate', 'https://example.com/article')).toBe(true);
    expect(contents.navigate('will-navigate', 'http://example.com/')).toBe(true);
    expect(contents.navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.navigate('will-navigate', 'javascript:alert(1)')).toBe(true);
    expect(contents.navigate('will-navigate', 'app://other/index.html')).toBe(true);
    expect(opened).toEqual(['https://example.com/article', 'http://example.com/']);
  });

  it('lets the app reload its own pages', () => {
    const { contents, opened } = guarded();
    expect(contents.navigate('will-navigate', 'app://growth-ledger/index.html')).toBe(false);
    expect(opened).toEqual([]);
  });

  it('blocks redirects away from the app without opening anything', () => {
    const { contents, opened } = guarded();
    expect(contents.navigate('will-redirect', 'https://example.com/')).toBe(true);
    expect(contents.navigate('will-redirect', 'app://growth-ledger/index.html')).toBe(false);
    expect(opened).toEqual([]);
  });

  it('prevents attaching a webview', () => {
    const { contents } = guarded();
    const preventDefault = vi.fn();
    contents.emit('will-attach-webview', { preventDefault }, {}, { src: 'https://example.com' });
    expect(preventDefault).toHaveBeenCalled();
  });

  it('denies every new window and opens only http(s) URLs externally', () => {
    const { contents, opened } = guarded();
    const open = contents.openHandler;
    if (!open) throw new Error('no window open handler');
    for (const url of [
      'https://example.com/',
      'http://example.com/',
      'file:///etc/passwd',
      'smb://host/share',
      'mailto:x@y.z',
      'app://growth-ledger/x',
    ]) {
      expect(open({ url })).toEqual({ action: 'deny' });
    }
    expect(opened).toEqual(['https://example.com/', 'http://example.com/']);
  });

  it('uses the dev server origin when told to', () => {
    const { contents } = guarded({ appOrigin: 'http://localhost:5173' });
    expect(contents.navigate('will-navigate', 'http://localhost:5173/')).toBe(false);
    expect(contents.navigate('will-navigate', 'app://growth-ledger/index.html')).toBe(true);
  });
});

describe('denyAllPermissions', () => {
  it('denies every permission request and check', () => {
    let request: Parameters<PermissionSession['setPermissionRequestHandler']>[0] | undefined;
    let check: Parameters<PermissionSession['setPermissionCheckHandler']>[0] | undefined;
    denyAllPermissions({
      setPermissionRequestHandler: (handler) => (request = handler),
      setPermissionCheckHandler: (handler) => (check = handler),
    });
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const callback = vi.fn();
      request?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(check?.({}, permission)).toBe(false);
    }
    expect(request).toBeDefined();
    expect(check).toBeDefined();
  });
});
