/**
 * The app's one undo (renderer/src/ui/undo.ts, ui/UndoBar.tsx) and how Ctrl/Cmd+Z and Edit → Undo reach
 * it (app/commands.ts, the page's shortcuts): the newest recent change is undone, never while a text field
 * has the focus, whose own text undo keeps the key.
 */
import { act, cleanup, render, renderHook, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runAppCommand } from '@renderer/app/commands';
import { useAppShortcuts } from '@renderer/features/settings/shell';
import { useStore } from '@renderer/store/store';
import { UndoBar } from '@renderer/ui/UndoBar';
import {
  BAR_MS,
  createUndoSlot,
  isTextField,
  KEY_WINDOW_MS,
  MAX_ENTRIES,
  runUndo,
  undoSlot,
} from '@renderer/ui/undo';
import type { AppCommand } from '@shared/ipc/contract';
import { eventually } from '../support/eventually';

function clock(start = 1_000_000) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

/** An undo that records that it ran, in order. */
function recorder() {
  const ran: string[] = [];
  const undo = (name: string) => () => {
    ran.push(name);
    return Promise.resolve();
  };
  return { ran, undo };
}

beforeEach(() => useStore.setState({ toasts: [] }));
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('the undo stack', () => {
  it('undoes the newest change first, one per call, and then nothing', async () => {
    const time = clock();
    const slot = createUndoSlot(time.now);
    const { ran, undo } = recorder();
    slot.offer('Deleted “A”.', undo('A'));
    slot.offer('Deleted “B”.', undo('B'));
    expect(slot.current()?.message).toBe('Deleted “B”.');
    expect((await slot.undo())?.message).toBe('Deleted “B”.');
    expect(slot.current()).toBeNull();
    expect((await slot.undo())?.message).toBe('Deleted “A”.');
    expect(await slot.undo()).toBeNull();
    expect(ran).toEqual(['B', 'A']);
  });

  it('keeps a change undoable by key after the bar hides, until the key window has passed', async () => {
    const time = clock();
    const slot = createUndoSlot(time.now);
    const { ran, undo } = recorder();
    slot.offer('Deleted “Old”.', undo('Old'));
    time.advance(KEY_WINDOW_MS - 5_000);
    slot.offer('Deleted “New”.', undo('New'));
    slot.hide();
    expect(slot.current()).toBeNull();
    time.advance(BAR_MS);
    // "Old" is now older than the window: only "New" can still be undone.
    expect((await slot.undo())?.message).toBe('Deleted “New”.');
    expect(await slot.undo()).toBeNull();
    expect(ran).toEqual(['New']);
  });

  it('undoes the offer the bar shows even when newer ones exist, once', async () => {
    const slot = createUndoSlot(clock().now);
    const { ran, undo } = recorder();
    slot.offer('first', undo('first'));
    const first = slot.current();
    slot.offer('second', undo('second'));
    if (!first) throw new Error('no offer');
    expect((await slot.undo(first))?.message).toBe('first');
    expect(await slot.undo(first)).toBeNull();
    expect(slot.current()?.message).toBe('second');
    expect(ran).toEqual(['first']);
  });

  it(`keeps at most ${MAX_ENTRIES} changes`, async () => {
    const slot = createUndoSlot(clock().now);
    const { ran, undo } = recorder();
    for (let i = 0; i < MAX_ENTRIES + 5; i++) slot.offer(`change ${i}`, undo(String(i)));
    while (await slot.undo());
    expect(ran).toHaveLength(MAX_ENTRIES);
    expect(ran.at(-1)).toBe('5');
  });

  it('runs quick presses one after another, each on its own change', async () => {
    const slot = createUndoSlot(clock().now);
    const order: string[] = [];
    let release: () => void = () => undefined;
    slot.offer('A', async () => {
      order.push('A starts');
      await new Promise<void>((resolve) => (release = resolve));
      order.push('A ends');
    });
    slot.offer('B', async () => {
      order.push('B starts');
      await new Promise<void>((resolve) => (release = resolve));
      order.push('B ends');
    });
    const first = slot.undo();
    const second = slot.undo();
    await eventually(() => expect(order).toEqual(['B starts']));
    release();
    await eventually(() => expect(order).toEqual(['B starts', 'B ends', 'A starts']));
    release();
    expect((await first)?.message).toBe('B');
    expect((await second)?.message).toBe('A');
  });

  it('says what was undone, and says why when an undo fails', async () => {
    const slot = createUndoSlot(clock().now);
    slot.offer('Deleted “A”.', () => Promise.resolve());
    expect(await runUndo(undefined, slot)).toBe(true);
    expect(useStore.getState().toasts.map((t) => t.message)).toEqual(['Undone: Deleted “A”.']);
    slot.offer('Deleted “B”.', () => Promise.reject(new Error('The database is closed.')));
    expect(await runUndo(undefined, slot)).toBe(false);
    expect(useStore.getState().toasts.at(-1)).toMatchObject({
      tone: 'error',
      message: expect.stringContaining('Undo failed: The database is closed.') as string,
    });
  });
});

describe('the undo bar', () => {
  it('shows the newest offer, undoes it with its button, and hides after a while', async () => {
    const slot = createUndoSlot(clock().now);
    const { ran, undo } = recorder();
    render(<UndoBar slot={slot} />);
    expect(screen.getByRole('status').textContent).toBe('');
    act(() => slot.offer('Logged “Standup”.', undo('Standup')));
    act(() => slot.offer('Logged “Review”.', undo('Review')));
    expect(screen.getByRole('status').textContent).toMatch(/Logged “Review”\./);
    await act(async () => screen.getByRole('button', { name: 'Undo' }).click());
    await eventually(() => expect(ran).toEqual(['Review']));
    expect(screen.getByRole('status').textContent).toBe('');

    vi.useFakeTimers();
    act(() => slot.offer('Deleted “X”.', undo('X')));
    act(() => {
      vi.advanceTimersByTime(BAR_MS + 1);
    });
    expect(screen.getByRole('status').textContent).toBe('');
  });
});

describe('isTextField', () => {
  it('is true for fields that edit text, false for other controls', () => {
    document.body.innerHTML = `
      <input id="text"><input id="date" type="date"><input id="box" type="checkbox">
      <textarea id="area"></textarea><textarea id="ro" readonly></textarea>
      <div id="rich" contenteditable="true"></div><button id="button">b</button>`;
    const is = (id: string) => isTextField(document.getElementById(id));
    expect(['text', 'date', 'area', 'rich'].map(is)).toEqual([true, true, true, true]);
    expect(['box', 'ro', 'button'].map(is)).toEqual([false, false, false]);
    expect(isTextField(null)).toBe(false);
  });
});

describe('Ctrl/Cmd+Z and Edit → Undo', () => {
  let execCommand: ReturnType<typeof vi.fn<(command: string) => boolean>>;
  beforeEach(() => {
    execCommand = vi.fn<(command: string) => boolean>(() => true);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
  });

  it('the undo command undoes the last change when no text field has the focus', async () => {
    const { ran, undo } = recorder();
    undoSlot.offer('Deleted “Email”.', undo('Email'));
    document.body.innerHTML = '<button id="b">b</button>';
    document.getElementById('b')?.focus();
    await runAppCommand({ type: 'undo' });
    expect(ran).toEqual(['Email']);
    expect(execCommand).not.toHaveBeenCalled();
  });

  it("the undo command in a text field is the field's own text undo, and leaves the records alone", async () => {
    const { ran, undo } = recorder();
    undoSlot.offer('Deleted “Email”.', undo('Email'));
    document.body.innerHTML = '<input id="field">';
    document.getElementById('field')?.focus();
    await runAppCommand({ type: 'undo' });
    expect(execCommand).toHaveBeenCalledExactlyOnceWith('undo');
    expect(ran).toEqual([]);
    // Clean up for the next test: the change is still there to undo.
    expect((await undoSlot.undo())?.message).toBe('Deleted “Email”.');
  });

  it('the page sends the undo command for Ctrl+Z, but leaves Ctrl+Z in a text field to the browser', () => {
    const run = vi.fn<(command: AppCommand) => void>();
    renderHook(() => useAppShortcuts('linux', run));
    document.body.innerHTML = '<input id="field"><button id="b">b</button>';
    const press = (target: string) => {
      const element = document.getElementById(target);
      element?.focus();
      const event = new KeyboardEvent('keydown', {
        key: 'z',
        code: 'KeyZ',
        ctrlKey: true,
        bubbles: true,
        cancelable: true,
      });
      element?.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(press('field')).toBe(false);
    expect(run).not.toHaveBeenCalled();
    expect(press('b')).toBe(true);
    expect(run).toHaveBeenCalledExactlyOnceWith({ type: 'undo' });
  });
});
