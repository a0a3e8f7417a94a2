/**
 * The start screen appears whole in the first paint (issue 13, cold start): the app waits briefly for the
 * screen's data, read while its code evaluated, and the screen's hook answers from that read at once.
 * Today is the start screen (issue 16); the profile keeps its start read for a start on its own path.
 */
import { act, cleanup, renderHook } from '@testing-library/react';
import { format } from 'date-fns';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { sectionFor, SECTIONS } from '@renderer/app/sections';
import { firstRenderReady } from '@renderer/app/start';
import { db } from '@renderer/db/db';
import { preloadProfile, useProfile } from '@renderer/features/profile';
import { preloadToday } from '@renderer/features/today';
import { useTodaySnapshot } from '@renderer/features/today/hooks/useToday';
import { parseRoute } from '@renderer/navigation';
import { eventually } from '../support/eventually';
import { profile } from '../support/journal-fixtures';

afterEach(cleanup);
afterAll(async () => {
  db.close();
  await db.delete();
});

const PROFILE = profile({
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
});

describe('firstRenderReady', () => {
  it('resolves as soon as the data is there', async () => {
    const timer = vi.fn();
    await firstRenderReady(Promise.resolve('data'), 150, timer);
    expect(timer).toHaveBeenCalledWith(expect.any(Function), 150);
  });

  it('gives up waiting after the limit: the shell paints with the screen’s loading state', async () => {
    let fire: () => void = () => undefined;
    const never = new Promise<never>(() => undefined);
    const ready = firstRenderReady(never, 150, (done) => {
      fire = done;
    });
    let settled = false;
    void ready.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    fire();
    await ready;
    expect(settled).toBe(true);
  });

  it('a failed read only ends the wait (the screen’s own query reports it)', async () => {
    await expect(firstRenderReady(Promise.reject(new Error('no disk')), 150, () => undefined)).resolves.toBe(
      undefined,
    );
  });

  it('does not wait for a screen without a preload', async () => {
    const timer = vi.fn();
    await firstRenderReady(undefined, 150, timer);
    expect(timer).not.toHaveBeenCalled();
  });
});

describe('the start screen', () => {
  it('is the section of the path, Today for an unknown one; Today and the profile preload', () => {
    expect(sectionFor('/plan/competency/4').route).toBe('/plan');
    expect(sectionFor('/nowhere').route).toBe('/today');
    expect(sectionFor(parseRoute('')).route).toBe('/today');
    expect(SECTIONS[0]?.route).toBe('/today');
    expect(SECTIONS.filter((section) => section.preload).map((section) => section.route)).toEqual([
      '/today',
      '/profile',
    ]);
  });

  it('useTodaySnapshot answers from the start read in its first render (no loading line)', async () => {
    const today = format(new Date(), 'yyyy-MM-dd');
    await preloadToday();
    const { result } = renderHook(() => useTodaySnapshot(today));
    expect(result.current?.hasProfile).toBe(false);
    await db.profile.put(PROFILE);
    await eventually(() => expect(result.current?.hasProfile).toBe(true));
    await db.profile.clear();
  });

  it('useProfile answers from the start read in its first render, then follows the live record', async () => {
    await db.profile.put(PROFILE);
    await preloadProfile();
    const { result } = renderHook(() => useProfile());
    // No "Loading your profile…" render: the record is there from the start.
    expect(result.current).toEqual(PROFILE);
    const first = result.current;
    // The live query's equal answer keeps the same object: the form has nothing to redo.
    await act(async () => {
      await new Promise((done) => setTimeout(done, 50));
    });
    expect(result.current).toBe(first);
    await act(async () => {
      await db.profile.put({ ...PROFILE, name: 'Ada L.', updatedAt: '2026-11-02T10:00:00.000Z' });
    });
    await eventually(() => expect(result.current?.name).toBe('Ada L.'));
  });

  it('a later screen never shows the start read once the live query has answered', async () => {
    // The previous test's live answer forgot the start read: a new mount waits for its own query.
    const { result } = renderHook(() => useProfile());
    expect(result.current).toBeUndefined();
    await eventually(() => expect(result.current?.name).toBe('Ada L.'));
  });
});
