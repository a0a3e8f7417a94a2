/** The message a reload carries to the app that comes back (platform/reload.ts). */
import { describe, expect, it, vi } from 'vitest';
import { appWindow, reloadWithNotice, takeNotice } from '@renderer/platform/reload';

function memory() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('reloadWithNotice', () => {
  it('reloads, and the reloaded app gets the message once', () => {
    const storage = memory();
    const reload = vi.spyOn(appWindow, 'reload').mockImplementation(() => undefined);
    reloadWithNotice('Restored 4 records.', storage);
    expect(reload).toHaveBeenCalledOnce();
    reload.mockRestore();
    expect(takeNotice(storage)).toBe('Restored 4 records.');
    expect(takeNotice(storage)).toBeNull();
  });

  it('still reloads when the message cannot be stored', () => {
    const reload = vi.spyOn(appWindow, 'reload').mockImplementation(() => undefined);
    const full = {
      ...memory(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    reloadWithNotice('Restored.', full);
    expect(reload).toHaveBeenCalledOnce();
    reload.mockRestore();
    expect(takeNotice(full)).toBeNull();
  });
});
