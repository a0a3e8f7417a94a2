/**
 * The start screen appears whole in the first paint (issue 13, cold start): the app waits briefly for the
 * screen's data, read while its code evaluated, and the profile hook answers from that read at once.
 */
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { sectionFor, SECTIONS } from '@renderer/app/sections';
import { firstRenderReady } from '@renderer/app/start';
import { db } from '@renderer/db/db';
import { preloadProfile, useProfile } from '@renderer/features/profile';
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
  it('is the section of the path, the profile for an unknown one, and only the profile preloads', () => {
    expect(sectionFor('/plan/competency/4').route).toBe('/plan');
    expect(sectionFor('/nowhere').route).toBe('/profile');
    expect(SECTIONS.filter((section) => section.preload).map((section) => section.route)).toEqual([
      '/profile',
    ]);
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
