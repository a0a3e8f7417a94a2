import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushAllDrafts, forgetAllKeptDrafts, readKeptDraft, writeKeptDraft } from '@renderer/ui/drafts';
import { adoptKept, useDraft } from '@renderer/ui/useDraft';
import { afterTimers, eventually } from '../support/eventually';

afterEach(() => {
  cleanup();
  forgetAllKeptDrafts();
});

describe('adoptKept: a kept copy read against the form as it is now', () => {
  it.each([
    ['a string for a text form', 'typed', '', 'typed'],
    ['another type for a text form', 42, '', undefined],
    ['an object for a text form', { a: 1 }, '', undefined],
    ['nothing kept', undefined, '', undefined],
  ])('%s', (_name, kept, initial, expected) => {
    expect(adoptKept(kept, initial)).toEqual(expected);
  });

  it('keeps only the fields that still exist with the same kind of value', () => {
    const initial = { title: '', tags: [] as string[], due: null as string | null, count: 0 };
    expect(
      adoptKept({ title: 'Ship it', tags: 'not a list', due: '2026-12-01', count: '3', gone: true }, initial),
    ).toEqual({ title: 'Ship it', tags: [], due: '2026-12-01', count: 0 });
    expect(adoptKept(['a list'], initial)).toBeUndefined();
  });
});

describe('useDraft', () => {
  it('autosaves once typing pauses and forgets the local copy once the database has it', async () => {
    const save = vi.fn(async () => true);
    const { result } = renderHook(() => useDraft({ key: 'note:1', initial: '', save, delay: 20 }));
    expect(result.current.edited).toBe(false);
    act(() => result.current.set('Hello'));
    expect(result.current.edited).toBe(true);
    expect(readKeptDraft('note:1')).toBe('Hello');
    expect(result.current.status).toBe('pending');
    await afterTimers(20);
    await eventually(() => expect(result.current.status).toBe('saved'));
    expect(save).toHaveBeenCalledExactlyOnceWith('Hello');
    expect(readKeptDraft('note:1')).toBeUndefined();
  });

  it('keeps the local copy when a save fails, says so, and writes it on the next flush', async () => {
    const save = vi.fn(async () => false);
    const { result } = renderHook(() => useDraft({ key: 'note:2', initial: '', save, delay: 10_000 }));
    act(() => result.current.set('Do not lose me'));
    await act(async () => {
      expect(await result.current.flush()).toBe(false);
    });
    expect(result.current.status).toBe('error');
    expect(readKeptDraft('note:2')).toBe('Do not lose me');

    save.mockImplementation(async () => true);
    await act(async () => {
      expect(await result.current.flush()).toBe(true);
    });
    expect(save).toHaveBeenLastCalledWith('Do not lose me');
    expect(result.current.status).toBe('saved');
  });

  it('writes saves in the order they were typed, and flushAllDrafts waits for the one under way', async () => {
    const stored: string[] = [];
    let release: () => void = () => undefined;
    const save = vi.fn(async (value: string) => {
      if (value === 'one') await new Promise<void>((done) => (release = done));
      stored.push(value);
      return true;
    });
    const { result } = renderHook(() => useDraft({ key: 'note:3', initial: '', save, delay: 10_000 }));
    act(() => result.current.set('one'));
    act(() => void result.current.flush());
    // The first save is under way (and slow) when the user types on.
    await eventually(() => expect(save).toHaveBeenCalledWith('one'));
    act(() => result.current.set('one two'));
    let all: Promise<boolean> = Promise.resolve(false);
    act(() => {
      all = flushAllDrafts();
    });
    expect(stored).toEqual([]);
    release();
    await act(async () => {
      expect(await all).toBe(true);
    });
    expect(stored).toEqual(['one', 'one two']);
  });

  it('opens with unsaved text kept from a visit that ended too soon, and saves it at once', async () => {
    writeKeptDraft('note:4', 'Typed just before the crash');
    const save = vi.fn(async () => true);
    const { result } = renderHook(() =>
      useDraft({ key: 'note:4', initial: 'Stored earlier', save, delay: 10_000 }),
    );
    expect(result.current.value).toBe('Typed just before the crash');
    expect(result.current.restored).toBe(true);
    // Kept text is not typing in this visit: a list row shows no save state for it once saved.
    expect(result.current.edited).toBe(false);
    await eventually(() => expect(save).toHaveBeenCalledWith('Typed just before the crash'));
    await eventually(() => expect(readKeptDraft('note:4')).toBeUndefined());
  });

  it('a kept draft is not written anywhere but this computer until reset', () => {
    const { result, unmount } = renderHook(() => useDraft({ key: 'brag:new', initial: { title: '' } }));
    act(() => result.current.update({ title: 'Unblocked the release' }));
    unmount();
    const again = renderHook(() => useDraft({ key: 'brag:new', initial: { title: '' } }));
    expect(again.result.current.value).toEqual({ title: 'Unblocked the release' });
    act(() => again.result.current.reset({ title: '' }));
    expect(readKeptDraft('brag:new')).toBeUndefined();
  });
});
