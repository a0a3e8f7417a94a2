/**
 * The packaging config, checked the way electron-builder itself checks it (its own JSON schema), plus
 * what its schema cannot know: the identity matches the app's pinned identity, the icons exist, and the
 * file association is the extension the app writes and opens.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKUP_EXTENSION } from '@main/ipc/handlers';
import { BACKUP_FILE_EXTENSIONS } from '@main/services/open-file';
import { APP_ID, APP_NAME } from '@shared/app-identity';
import { exportBackupNameSchema } from '@shared/ipc/contract';

const ROOT = resolve(import.meta.dirname, '../../..');

interface BuilderConfig {
  appId: string;
  productName: string;
  files: { filter: string[] }[];
  fileAssociations: { ext: string; name: string; mimeType: string }[];
  linux: { target: string[]; icon: string };
  mac: { target: string; icon: string };
  win: { target: string; icon: string };
}

// electron-builder's own loader and validator (app-builder-lib is its engine).
const require = createRequire(import.meta.url);
const builder = require('app-builder-lib/out/util/config/config') as {
  getConfig(dir: string, file: string, extra: null): Promise<BuilderConfig>;
  validateConfiguration(config: BuilderConfig, logger: { add(): void; isEnabled: boolean }): Promise<void>;
};

async function config(): Promise<BuilderConfig> {
  return builder.getConfig(ROOT, 'electron-builder.yml', null);
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's own validation", async () => {
    await expect(
      builder.validateConfiguration(await config(), { add() {}, isEnabled: false }),
    ).resolves.toBeUndefined();
  });

  it('uses the app identity and ships only the build output', async () => {
    const c = await config();
    expect(c.productName).toBe(APP_NAME);
    expect(c.appId).toBe(APP_ID);
    expect(c.files.flatMap((f) => f.filter)).toEqual(['out/**/*', 'package.json', '!**/*.map']);
    expect(c.linux.target).toEqual(['AppImage', 'deb']);
    expect(c.mac.target).toBe('dmg');
    expect(c.win.target).toBe('nsis');
  });

  it('points at icons that exist', async () => {
    const c = await config();
    for (const icon of [c.mac.icon, c.win.icon]) expect(existsSync(join(ROOT, icon)), icon).toBe(true);
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      expect(existsSync(join(ROOT, c.linux.icon, `${size}x${size}.png`)), `${size}px`).toBe(true);
    }
  });

  it('associates the extension the app exports and opens', async () => {
    const c = await config();
    expect(c.fileAssociations).toEqual([
      expect.objectContaining({ ext: BACKUP_EXTENSION, mimeType: 'application/x-growth-ledger-backup' }),
    ]);
    // The renderer names exports growth-ledger-export-<date>.<extension> (features/backup/model/backup.ts).
    expect(
      exportBackupNameSchema.safeParse(`growth-ledger-export-2026-11-30.${BACKUP_EXTENSION}`).success,
    ).toBe(true);
    expect(BACKUP_FILE_EXTENSIONS).toContain(`.${BACKUP_EXTENSION}`);
  });
});
