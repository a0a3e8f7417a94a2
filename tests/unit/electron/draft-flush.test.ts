import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppCommand } from '@shared/ipc/contract';
import { createDraftFlush, createFlushGate } from '@main/services/draft-flush';
import { createDispatcher, type SenderInfo } from '@main/ipc/dispatch';
import { createHandlers } from '@main/ipc/handlers';
import { isTrustedSender } from '@main/security';
import { createBackupStore } from '@main/services/backup/backup-store';
import { createFileTickets } from '@main/services/file-tickets';
import { createTestDesktop } from '../../fixtures/fake-desktop';
import { tempDirs } from './helpers';

const temps = tempDirs();
afterEach(() => temps.cleanup());
const APP: SenderInfo = { url: 'app://growth-ledger/index.html', isMainFrame: true };

/** A timer the test fires by hand. */
function manualTimer() {
  const due: (() => void)[] = [];
  return {
    setTimer: (run: () => void) => {
      due.push(run);
      return () => {
        const at = due.indexOf(run);
        if (at >= 0) due.splice(at, 1);
      };
    },
    fire: () => due.splice(0).forEach((run) => run()),
    pending: () => due.length,
  };
}

describe('createDraftFlush (the page saves its forms before a quit)', () => {
  it('asks a listening page once, however many ask at the same time, and resolves on its answer', async () => {
    const delivered: AppCommand[] = [];
    const timer = manualTimer();
    const flush = createDraftFlush({
      isListening: () => true,
      deliver: (command) => delivered.push(command),
      setTimer: timer.setTimer,
    });
    const first = flush.request();
    const second = flush.request();
    expect(delivered).toEqual([{ type: 'save-drafts' }]);
    flush.saved();
    await expect(first).resolves.toBe(true);
    await expect(second).resolves.toBe(true);
    // The answer cancelled the time limit.
    expect(timer.pending()).toBe(0);
  });

  it('does not wait for a page that is not there, nor forever for one that hangs', async () => {
    const delivered: AppCommand[] = [];
    const timer = manualTimer();
    let listening = false;
    const flush = createDraftFlush({
      isListening: () => listening,
      deliver: (command) => delivered.push(command),
      setTimer: timer.setTimer,
    });
    await expect(flush.request()).resolves.toBe(false);
    expect(delivered).toEqual([]);

    listening = true;
    const hanging = flush.request();
    timer.fire();
    await expect(hanging).resolves.toBe(false);
    // A late answer changes nothing, and the next quit asks again.
    flush.saved();
    const again = flush.request();
    expect(delivered).toHaveLength(2);
    flush.saved();
    await expect(again).resolves.toBe(true);
  });
});

describe('createFlushGate (before-quit and window close)', () => {
  it('holds the first quit while the drafts are saved, then runs every held quit once', async () => {
    let finish: () => void = () => undefined;
    const flush = vi.fn(() => new Promise<void>((done) => (finish = done)));
    const gate = createFlushGate(flush);
    const quit = vi.fn();
    const close = vi.fn();
    expect(gate.pass(quit)).toBe(false);
    expect(gate.pass(close)).toBe(false);
    expect(flush).toHaveBeenCalledTimes(1);
    expect(quit).not.toHaveBeenCalled();
    finish();
    await vi.waitFor(() => expect(close).toHaveBeenCalledTimes(1));
    expect(quit).toHaveBeenCalledTimes(1);
    // The quit that runs again goes through.
    expect(gate.pass(quit)).toBe(true);
    expect(flush).toHaveBeenCalledTimes(1);
  });

  it('goes on when saving fails, and asks again for a new window', async () => {
    const flush = vi.fn(async () => {
      throw new Error('renderer gone');
    });
    const gate = createFlushGate(flush);
    const quit = vi.fn();
    expect(gate.pass(quit)).toBe(false);
    await vi.waitFor(() => expect(quit).toHaveBeenCalledTimes(1));
    expect(gate.pass(quit)).toBe(true);
    gate.reset();
    expect(gate.pass(quit)).toBe(false);
    expect(flush).toHaveBeenCalledTimes(2);
  });
});

describe('app:draftsSaved through the real handlers', () => {
  it('answers the flush that main started, and takes no payload', async () => {
    const root = await temps.make();
    const test = createTestDesktop({ userData: root });
    temps.closeFirst(() => test.desktop.stop());
    const dispatch = createDispatcher({
      handlers: createHandlers({
        appVersion: '0.1.0',
        platform: 'linux',
        backups: createBackupStore({ dir: root }),
        dialog: {
          showSaveDialog: async () => ({ canceled: true }),
          showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
        },
        shell: { openPath: async () => '' },
        now: () => new Date(),
        desktop: test.desktop,
        tickets: createFileTickets(),
        print: { toPdf: () => Promise.reject(new Error('No printing in this test.')) },
      }),
      isTrustedSender,
      logError: () => undefined,
    });
    // The page asked for its commands: it listens.
    test.desktop.outbox.takePending();
    const flushed = test.desktop.flushDrafts();
    expect(test.delivered).toEqual([{ type: 'save-drafts' }]);
    expect(await dispatch('app:draftsSaved', { all: true }, APP)).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(await dispatch('app:draftsSaved', {}, APP)).toEqual({ ok: true, value: null });
    await expect(flushed).resolves.toBe(true);
  });
});
