/**
 * The bridge to main as backup and restore tests see it (`@renderer/platform/api` needs `window`): a fake
 * that answers `app:info` and `backup:save` and records every call, so a test can check what the renderer
 * handed over. A test file takes it with
 *
 *   vi.mock('@renderer/platform/api', () => import('../support/fake-main'));
 *
 * and reads (or empties) `calls.list`.
 */
export const calls = { list: [] as { channel: string; request: unknown }[] };

export async function call(channel: string, request: unknown): Promise<unknown> {
  calls.list.push({ channel, request });
  if (channel === 'app:info') return { appVersion: '9.9.9', platform: 'test', backupsDir: '' };
  if (channel === 'backup:save') {
    const { kind } = request as { kind: string };
    return { status: 'saved', fileName: `${kind}.json`, path: `/b/${kind}.json`, bytes: 1, deleted: [] };
  }
  throw new Error(`unexpected call ${channel}`);
}
