/**
 * `npm start` / `npm run dev` (scripts/start.ts, scripts/electron-binary.ts): finding the Electron binary,
 * downloading it once when missing, and the messages when that is not possible.
 *
 * The installer, the launcher and the timer are fakes; the node_modules/electron layout is a real temp
 * folder. Nothing here touches the network or waits on the clock.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  electronExecutableName,
  readTextFile,
  resolveElectronBinary,
  type InstallOutcome,
  type Installer,
  type StartTimer,
} from '@scripts/electron-binary';
import { runStart, type Launch, type StartDeps, type StartMode } from '@scripts/start';

const ROOT = resolve(import.meta.dirname, '../../..');
const VERSION = '45.5.0';
const TEN_MINUTES = 10 * 60 * 1000;

/** What install.js prints on a machine without network (captured on one). */
const OFFLINE_OUTPUT = `TypeError: fetch failed
    at node:internal/deps/undici/undici:14976:13
    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)
    at async FetchDownloader.download (file:///work/main/node_modules/@electron/get/dist/FetchDownloader.js:46:30)
    at async downloadArtifact (file:///work/main/node_modules/@electron/get/dist/index.js:154:12)
`;
const DNS_OUTPUT = 'Error: getaddrinfo ENOTFOUND github.com\n    at GetAddrInfoReqWrap.onlookup\n';
const PROXY_OUTPUT = `TypeError: fetch failed
    at node:internal/deps/undici/undici:14976:13 {
  [cause]: RequestAbortedError [AbortError]: Proxy response (407) !== 200 when HTTP Tunneling
`;
const CHECKSUM_OUTPUT =
  'Error: Generated checksum for "electron-v45.5.0-linux-x64.zip" did not match expected checksum.\n';

let temp: string;
let electronDir: string;

beforeEach(async () => {
  temp = await mkdtemp(join(tmpdir(), 'growth-ledger-start-'));
  electronDir = join(temp, 'node_modules', 'electron');
  await mkdir(electronDir, { recursive: true });
  await writeFile(join(electronDir, 'package.json'), JSON.stringify({ name: 'electron', version: VERSION }));
});

afterEach(async () => {
  await rm(temp, { recursive: true, force: true });
});

/** Lays out an installed Electron the way install.js leaves it. */
async function writeBinary(dir: string, version = VERSION): Promise<string> {
  await mkdir(join(dir, 'dist'), { recursive: true });
  await writeFile(join(dir, 'path.txt'), 'electron');
  await writeFile(join(dir, 'dist', 'version'), version);
  const exe = join(dir, 'dist', 'electron');
  await writeFile(exe, '#!/bin/sh\n');
  return exe;
}

const installerThatWrites =
  (dir: string): Installer =>
  async () => {
    await writeBinary(dir);
    return { code: 0, output: '' };
  };

const installerThatFails =
  (output: string, code = 1): Installer =>
  async () =>
    ({ code, output }) satisfies InstallOutcome;

/** A timer that never fires by itself; `fire` runs the timeout, `cancelled` says whether it was cleared. */
function fakeTimer() {
  const started: { ms: number; onTimeout: () => void; cancelled: boolean }[] = [];
  const startTimer: StartTimer = (ms, onTimeout) => {
    const entry = { ms, onTimeout, cancelled: false };
    started.push(entry);
    return () => {
      entry.cancelled = true;
    };
  };
  return { startTimer, started, fire: () => started.at(-1)?.onTimeout() };
}

function setup(options: { install?: Installer; env?: Record<string, string>; nodeVersion?: string } = {}) {
  const logs: string[] = [];
  const errors: string[] = [];
  const install = vi.fn<Installer>(options.install ?? installerThatWrites(electronDir));
  const launch = vi.fn<Launch>(async () => 0);
  const timer = fakeTimer();
  const deps: StartDeps = {
    electronDir,
    env: options.env ?? {},
    platform: 'linux',
    exists: existsSync,
    readText: readTextFile,
    install,
    timeoutMs: TEN_MINUTES,
    startTimer: timer.startTimer,
    nodeVersion: options.nodeVersion ?? '22.12.0',
    log: (line) => logs.push(line),
    launch,
    error: (message) => errors.push(message),
  };
  const start = (mode: StartMode = 'preview') => runStart(mode, deps);
  return { deps, logs, errors, install, launch, timer, start };
}

describe('electronExecutableName', () => {
  it('is the path install.js writes to path.txt for each platform', () => {
    expect(electronExecutableName('linux')).toBe('electron');
    expect(electronExecutableName('win32')).toBe('electron.exe');
    expect(electronExecutableName('darwin')).toBe('Electron.app/Contents/MacOS/Electron');
    expect(electronExecutableName('aix')).toBeUndefined();
  });
});

describe('runStart', () => {
  it('launches an installed Electron without running the installer', async () => {
    const exe = await writeBinary(electronDir);
    const { start, install, launch, logs } = setup({ env: { KEEP: 'me' } });

    expect(await start()).toBe(0);

    expect(install).not.toHaveBeenCalled();
    expect(launch).toHaveBeenCalledWith('preview', { KEEP: 'me', ELECTRON_EXEC_PATH: exe });
    expect(logs).toEqual([]);
  });

  it('downloads a missing Electron once, says so, then launches it', async () => {
    const { start, install, launch, logs, timer } = setup();

    expect(await start()).toBe(0);

    expect(install).toHaveBeenCalledTimes(1);
    expect(logs[0]).toBe(`Electron ${VERSION} is not installed yet: downloading it once (about 100 MB)…`);
    expect(launch).toHaveBeenCalledWith('preview', {
      ELECTRON_EXEC_PATH: join(electronDir, 'dist', 'electron'),
    });
    expect(timer.started).toEqual([expect.objectContaining({ ms: TEN_MINUTES, cancelled: true })]);
  });

  it('reinstalls when dist/version holds another Electron version', async () => {
    await writeBinary(electronDir, '44.0.0');
    const { start, install, launch, logs } = setup();

    expect(await start()).toBe(0);

    expect(install).toHaveBeenCalledTimes(1);
    expect(logs[0]).toContain(`is 44.0.0, but this app needs ${VERSION}`);
    expect(launch).toHaveBeenCalledTimes(1);
  });

  it('in dev mode launches "dev" and names "npm run dev" in its messages', async () => {
    const { start, launch, errors } = setup({ install: installerThatFails(OFFLINE_OUTPUT) });
    expect(await start('dev')).toBe(1);
    expect(errors.join('\n')).toContain('run "npm run dev" again');
    expect(launch).not.toHaveBeenCalled();

    await writeBinary(electronDir);
    expect(await start('dev')).toBe(0);
    expect(launch).toHaveBeenCalledWith('dev', { ELECTRON_EXEC_PATH: join(electronDir, 'dist', 'electron') });
  });

  it('passes on the exit code of electron-vite', async () => {
    await writeBinary(electronDir);
    const { start, launch } = setup();
    launch.mockResolvedValue(3);
    expect(await start()).toBe(3);
  });

  it.each([
    ['fetch failed', OFFLINE_OUTPUT],
    ['ENOTFOUND', DNS_OUTPUT],
  ])(
    'offline (%s): fails naming the network, the override and the browser preview',
    async (_name, output) => {
      const { start, launch, errors } = setup({ install: installerThatFails(output) });

      expect(await start()).not.toBe(0);

      expect(launch).not.toHaveBeenCalled();
      expect(errors).toHaveLength(1);
      const message = errors[0]!;
      expect(message).toContain(
        `Could not install Electron ${VERSION}: there is no network connection to the Electron download.`,
      );
      expect(message).toContain('run "npm start" again');
      expect(message).toContain('ELECTRON_MIRROR');
      expect(message).toContain('ELECTRON_OVERRIDE_DIST_PATH');
      expect(message).toContain('"npm run preview"');
      expect(message).not.toContain('Node 22.12');
    },
  );

  it('names the Node version as a probable extra cause when Node is older than 22.12, after trying', async () => {
    const { start, install, errors } = setup({
      install: installerThatFails(OFFLINE_OUTPUT),
      nodeVersion: '20.20.2',
    });

    expect(await start()).toBe(1);

    expect(install).toHaveBeenCalledTimes(1);
    expect(errors[0]).toContain('there is no network connection');
    expect(errors[0]).toContain(
      'this is Node 20.20.2, and the installer of Electron 45 needs Node 22.12 or newer',
    );
  });

  it('a proxy that answers 407 is named as the cause', async () => {
    const { start, launch, errors } = setup({ install: installerThatFails(PROXY_OUTPUT) });

    expect(await start()).toBe(1);

    expect(launch).not.toHaveBeenCalled();
    expect(errors[0]).toContain(
      `Could not install Electron ${VERSION}: a proxy refused the Electron download`,
    );
    expect(errors[0]).not.toContain('no network connection');
  });

  it('a checksum mismatch is named as a damaged download', async () => {
    const { start, errors } = setup({ install: installerThatFails(CHECKSUM_OUTPUT) });
    expect(await start()).toBe(1);
    expect(errors[0]).toContain('the download arrived damaged');
  });

  it('any other failure shows the last line of the error, not a stack frame', async () => {
    const output =
      "Error: EACCES: permission denied, mkdir '/x/dist'\n    at Object.mkdirSync (node:fs:1:1)\n";
    const { start, errors } = setup({ install: installerThatFails(output) });
    expect(await start()).toBe(1);
    expect(errors[0]).toContain(
      "the installer failed with: Error: EACCES: permission denied, mkdir '/x/dist'.",
    );
  });

  it('an installer that exits 0 without leaving a binary gets a clear message', async () => {
    const { start, launch, errors } = setup({ install: installerThatFails('', 0) });

    expect(await start()).toBe(1);

    expect(launch).not.toHaveBeenCalled();
    expect(errors[0]).toContain('The Electron installer finished, but Electron is still missing.');
    expect(errors[0]).toContain(join(electronDir, 'dist', 'electron'));
  });

  it('ELECTRON_OVERRIDE_DIST_PATH without an executable fails at once, naming the path, no download', async () => {
    const override = join(temp, 'my-electron');
    await mkdir(override);
    const { start, install, launch, errors } = setup({ env: { ELECTRON_OVERRIDE_DIST_PATH: override } });

    expect(await start()).toBe(1);

    expect(install).not.toHaveBeenCalled();
    expect(launch).not.toHaveBeenCalled();
    expect(errors[0]).toContain(
      `ELECTRON_OVERRIDE_DIST_PATH is set to ${override}, but there is no Electron executable at ${join(override, 'electron')}.`,
    );
    expect(errors[0]).toContain('"npm run preview"');
  });

  it('ELECTRON_OVERRIDE_DIST_PATH with an executable is launched as is', async () => {
    const override = join(temp, 'my-electron');
    await mkdir(override);
    await writeFile(join(override, 'electron'), '');
    const { start, install, launch } = setup({ env: { ELECTRON_OVERRIDE_DIST_PATH: override } });

    expect(await start()).toBe(0);

    expect(install).not.toHaveBeenCalled();
    expect(launch).toHaveBeenCalledWith('preview', {
      ELECTRON_OVERRIDE_DIST_PATH: override,
      ELECTRON_EXEC_PATH: join(override, 'electron'),
    });
  });

  it('an ELECTRON_EXEC_PATH that exists wins; one that does not fails without a download', async () => {
    const own = join(temp, 'own-electron');
    await writeFile(own, '');
    const present = setup({ env: { ELECTRON_EXEC_PATH: own } });
    expect(await present.start()).toBe(0);
    expect(present.launch).toHaveBeenCalledWith('preview', { ELECTRON_EXEC_PATH: own });

    const absent = setup({ env: { ELECTRON_EXEC_PATH: join(temp, 'nothing') } });
    expect(await absent.start()).toBe(1);
    expect(absent.install).not.toHaveBeenCalled();
    expect(absent.errors[0]).toContain(`ELECTRON_EXEC_PATH is set to ${join(temp, 'nothing')}`);
  });

  it('a download that hangs is stopped when the timer fires, and reported as such', async () => {
    let signal: AbortSignal | undefined;
    const { start, launch, errors, timer } = setup({
      install: (options) => {
        signal = options.signal;
        timer.fire();
        return new Promise<never>(() => undefined);
      },
    });

    expect(await start()).toBe(1);

    expect(signal?.aborted).toBe(true);
    expect(timer.started[0]?.ms).toBe(TEN_MINUTES);
    expect(launch).not.toHaveBeenCalled();
    expect(errors[0]).toContain(
      `Could not install Electron ${VERSION}: the download did not finish within 10 minutes, so it was stopped.`,
    );
    expect(errors[0]).toContain('ELECTRON_OVERRIDE_DIST_PATH');
  });

  it('without the electron package, asks for npm install instead of downloading', async () => {
    await rm(join(electronDir, 'package.json'));
    const { start, install, errors } = setup();
    expect(await start()).toBe(1);
    expect(install).not.toHaveBeenCalled();
    expect(errors[0]).toContain('Run "npm install" first.');
  });
});

describe('resolveElectronBinary', () => {
  it('reads the executable path from path.txt, as index.js does', async () => {
    await writeBinary(electronDir);
    await mkdir(join(electronDir, 'dist', 'Electron.app'), { recursive: true });
    await writeFile(join(electronDir, 'path.txt'), 'Electron.app');
    const deps = { electronDir, env: {}, platform: 'linux', exists: existsSync, readText: readTextFile };
    expect(resolveElectronBinary(deps)).toEqual({
      found: true,
      execPath: join(electronDir, 'dist', 'Electron.app'),
    });
  });
});

describe('scripts/start.ts run as npm runs it', () => {
  /**
   * The real CLI end to end, without any download: ELECTRON_OVERRIDE_DIST_PATH points at an empty folder,
   * which the CLI refuses before the installer would run. That is deterministic on every machine — with
   * or without network, with or without a binary in node_modules — whereas letting the real installer
   * fail (an unreachable ELECTRON_MIRROR) could, on a machine whose cache holds the zip, still write into
   * the real node_modules/electron. tsx's own CLI runs with this Node (node_modules/.bin/tsx is a shell
   * script on Windows).
   */
  it('exits non-zero at once with the override message', async () => {
    const empty = join(temp, 'empty-electron');
    await mkdir(empty);
    const env: NodeJS.ProcessEnv = { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: empty };
    delete env.ELECTRON_EXEC_PATH;
    const child = spawn(
      process.execPath,
      [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/start.ts', 'preview'],
      {
        cwd: ROOT,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const code = await new Promise<number | null>((done) => child.on('close', done));

    expect(stderr).toContain(
      `ELECTRON_OVERRIDE_DIST_PATH is set to ${empty}, but there is no Electron executable`,
    );
    expect(code).toBe(1);
  });
});
