/**
 * Finds the Electron executable, and downloads it once when it is missing.
 *
 * Electron 45 installs without its binary: node_modules/electron/index.js downloads it the first time
 * `require('electron')` runs, but electron-vite reads node_modules/electron/path.txt itself and fails with
 * "Electron uninstall" instead. `npm start` and `npm run dev` (scripts/start.ts) therefore call
 * `ensureElectron` first and hand the result to electron-vite as ELECTRON_EXEC_PATH; the Electron smoke
 * tests use `resolveElectronBinary` to skip where no binary exists.
 *
 * A plain Node module: no Electron import, and the file system, the installer and the timer are injected.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** How to read the Electron package folder: injected so tests can use any layout. */
export interface ResolveDeps {
  /** The electron package folder: node_modules/electron. */
  electronDir: string;
  env: Record<string, string | undefined>;
  platform: string;
  exists: (path: string) => boolean;
  /** The file's text, or undefined when it cannot be read. */
  readText: (path: string) => string | undefined;
}

/**
 * Why no executable was found. `override-missing` and `package-missing` are not fixed by a download;
 * `not-installed` and `version-mismatch` are.
 */
export type MissingKind = 'not-installed' | 'version-mismatch' | 'override-missing' | 'package-missing';

export type ResolveResult =
  { found: true; execPath: string } | { found: false; kind: MissingKind; reason: string; version?: string };

/** What the installer reports: its exit code (null when it could not start or was killed) and its stderr. */
export interface InstallOutcome {
  code: number | null;
  output: string;
}

export type Installer = (options: { signal: AbortSignal }) => Promise<InstallOutcome>;

/** Calls onTimeout after ms; returns a function that cancels it. Injected so tests never wait. */
export type StartTimer = (ms: number, onTimeout: () => void) => () => void;

export interface EnsureDeps extends ResolveDeps {
  install: Installer;
  /** How long the download may take before it is stopped. */
  timeoutMs: number;
  startTimer: StartTimer;
  /** process.versions.node: Electron 45's installer needs Node 22.12 or newer. */
  nodeVersion: string;
  log: (line: string) => void;
  /** The command the user ran, named in messages: "npm start" or "npm run dev". */
  retryCommand?: string;
}

export type EnsureResult =
  { ok: true; execPath: string; installed: boolean } | { ok: false; message: string };

export const INSTALL_TIMEOUT_MS = 10 * 60 * 1000;
const INSTALLER_NODE = { major: 22, minor: 12 };
const OVERRIDE = 'ELECTRON_OVERRIDE_DIST_PATH';
const EXEC_PATH = 'ELECTRON_EXEC_PATH';

/** The executable's path inside an Electron folder, as install.js writes it to path.txt. */
export function electronExecutableName(platform: string): string | undefined {
  switch (platform) {
    case 'darwin':
    case 'mas':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'win32':
      return 'electron.exe';
    case 'linux':
    case 'freebsd':
    case 'openbsd':
      return 'electron';
    default:
      return undefined;
  }
}

function packageVersion(deps: ResolveDeps): string | undefined {
  const text = deps.readText(join(deps.electronDir, 'package.json'));
  if (text === undefined) return undefined;
  try {
    const version = (JSON.parse(text) as { version?: unknown }).version;
    return typeof version === 'string' ? version : undefined;
  } catch {
    return undefined;
  }
}

/** "Electron 45" for version 45.5.0: the major version is what an existing install must match. */
function electronName(version: string | undefined): string {
  const major = version?.split('.')[0];
  return major ? `Electron ${major}` : 'Electron';
}

function readTrimmed(deps: ResolveDeps, path: string): string | undefined {
  const text = deps.readText(path)?.trim();
  return text ? text : undefined;
}

/**
 * Where the Electron executable is, without downloading anything. Mirrors node_modules/electron/index.js:
 * ELECTRON_OVERRIDE_DIST_PATH first, then path.txt + dist/; in addition, dist/version must match the
 * package's version when present (as install.js checks). ELECTRON_EXEC_PATH, which electron-vite reads
 * before anything else, wins over both.
 */
export function resolveElectronBinary(deps: ResolveDeps): ResolveResult {
  const version = packageVersion(deps);
  const explicit = deps.env[EXEC_PATH];
  if (explicit) {
    if (deps.exists(explicit)) return { found: true, execPath: explicit };
    return {
      found: false,
      kind: 'override-missing',
      reason: `${EXEC_PATH} is set to ${explicit}, but there is no Electron executable there. Set it to the ${electronName(version)} executable itself, or unset it.`,
    };
  }

  const pathFile = readTrimmed(deps, join(deps.electronDir, 'path.txt'));
  const name = pathFile ?? electronExecutableName(deps.platform) ?? 'electron';

  const override = deps.env[OVERRIDE];
  if (override) {
    const execPath = join(override, name);
    if (deps.exists(execPath)) return { found: true, execPath };
    return {
      found: false,
      kind: 'override-missing',
      reason: `${OVERRIDE} is set to ${override}, but there is no Electron executable at ${execPath}. Set it to the folder that holds the ${electronName(version)} executable, or unset it.`,
    };
  }

  if (version === undefined) {
    return {
      found: false,
      kind: 'package-missing',
      reason: `The electron package is missing from ${deps.electronDir}.`,
    };
  }
  const execPath = join(deps.electronDir, 'dist', name);
  if (pathFile === undefined || !deps.exists(execPath)) {
    return {
      found: false,
      kind: 'not-installed',
      version,
      reason: `Electron ${version} is not installed: no executable at ${execPath}.`,
    };
  }
  const distVersion = readTrimmed(deps, join(deps.electronDir, 'dist', 'version'))?.replace(/^v/, '');
  if (distVersion !== undefined && distVersion !== version) {
    return {
      found: false,
      kind: 'version-mismatch',
      version,
      reason: `The Electron in ${join(deps.electronDir, 'dist')} is ${distVersion}, but this app needs ${version}.`,
    };
  }
  return { found: true, execPath };
}

/** True when this Node is older than the one Electron 45's installer declares it needs. */
export function isNodeTooOldForInstaller(nodeVersion: string): boolean {
  const [major = 0, minor = 0] = nodeVersion.replace(/^v/, '').split('.').map(Number);
  return major < INSTALLER_NODE.major || (major === INSTALLER_NODE.major && minor < INSTALLER_NODE.minor);
}

function lastErrorLine(output: string): string | undefined {
  const lines = output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('at '));
  return lines.at(-1);
}

/** The cause of a failed install, in words for a user, from what the installer printed. */
export function describeInstallFailure(outcome: InstallOutcome): string {
  const { output } = outcome;
  if (/\b407\b|proxy/i.test(output))
    return 'a proxy refused the Electron download (check your proxy address and credentials)';
  if (
    /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|fetch failed/i.test(
      output,
    )
  )
    return 'there is no network connection to the Electron download';
  if (/checksum|sha256|integrity/i.test(output))
    return 'the download arrived damaged (its checksum did not match); running the command again downloads it anew';
  const line = lastErrorLine(output);
  if (line) return `the installer failed with: ${line}`;
  return `the installer stopped with exit code ${outcome.code ?? 'unknown'}`;
}

function minutes(ms: number): string {
  const value = Math.round(ms / 60_000);
  if (value >= 1) return `${value} minute${value === 1 ? '' : 's'}`;
  return `${Math.max(1, Math.round(ms / 1000))} seconds`;
}

/** What the messages name: the command to run again and the Electron this app needs. */
interface Wording {
  retry: string;
  /** "Electron 45.5.0" */
  exact: string;
  /** "Electron 45" */
  major: string;
}

function wording(deps: EnsureDeps): Wording {
  const version = packageVersion(deps);
  return {
    retry: deps.retryCommand ?? 'npm start',
    exact: version ? `Electron ${version}` : 'Electron',
    major: electronName(version),
  };
}

const PREVIEW_WAY =
  'Or run "npm run preview" to use the same app in your browser, without the desktop parts (reminders, tray, files).';

function waysForward(words: Wording): string {
  return [
    'What you can do:',
    `  - Connect to the internet and run "${words.retry}" again. Behind a proxy, set HTTPS_PROXY and ELECTRON_GET_USE_PROXY=true; to download from a mirror, set ELECTRON_MIRROR.`,
    `  - If you already have ${words.major} on this computer, set ${OVERRIDE} to the folder that holds its executable and run "${words.retry}" again.`,
    `  - ${PREVIEW_WAY}`,
  ].join('\n');
}

function nodeNote(nodeVersion: string, words: Wording): string | undefined {
  if (!isNodeTooOldForInstaller(nodeVersion)) return undefined;
  const needed = `${INSTALLER_NODE.major}.${INSTALLER_NODE.minor}`;
  return `This may be a cause too: this is Node ${nodeVersion.replace(/^v/, '')}, and the installer of ${words.major} needs Node ${needed} or newer (the version in .nvmrc). Update Node, then try again.`;
}

function failure(headline: string, words: Wording, note?: string): EnsureResult {
  return { ok: false, message: [headline, ...(note ? [note] : []), waysForward(words)].join('\n') };
}

/** Runs the installer, stopping it after the timeout; `timedOut` says which of the two ended first. */
async function installWithTimeout(deps: EnsureDeps): Promise<InstallOutcome & { timedOut: boolean }> {
  const controller = new AbortController();
  let cancelTimer = (): void => undefined;
  const timedOut = new Promise<InstallOutcome & { timedOut: boolean }>((done) => {
    cancelTimer = deps.startTimer(deps.timeoutMs, () => {
      controller.abort();
      done({ code: null, output: '', timedOut: true });
    });
  });
  const installed = deps
    .install({ signal: controller.signal })
    .then((outcome) => ({ ...outcome, timedOut: false }));
  try {
    return await Promise.race([installed, timedOut]);
  } finally {
    cancelTimer();
  }
}

function downloadLine(missing: { kind: MissingKind; reason: string }, words: Wording): string {
  if (missing.kind === 'version-mismatch') return `${missing.reason} Downloading it once (about 100 MB)…`;
  return `${words.exact} is not installed yet: downloading it once (about 100 MB)…`;
}

/**
 * The Electron executable, downloaded first when it is missing. Never throws: a failure comes back as a
 * message that names the cause and the ways forward.
 */
export async function ensureElectron(deps: EnsureDeps): Promise<EnsureResult> {
  const words = wording(deps);
  const first = resolveElectronBinary(deps);
  if (first.found) return { ok: true, execPath: first.execPath, installed: false };
  if (first.kind === 'override-missing') {
    const unset = `Without it, "${words.retry}" downloads Electron by itself (this needs a network connection).`;
    return { ok: false, message: [first.reason, unset, PREVIEW_WAY].join('\n') };
  }
  if (first.kind === 'package-missing')
    return { ok: false, message: `${first.reason} Run "npm install" first.` };

  deps.log(downloadLine(first, words));
  const outcome = await installWithTimeout(deps);
  if (outcome.timedOut) {
    const after = minutes(deps.timeoutMs);
    return failure(
      `Could not install ${words.exact}: the download did not finish within ${after}, so it was stopped.`,
      words,
    );
  }
  if (outcome.code !== 0) {
    const cause = describeInstallFailure(outcome);
    return failure(`Could not install ${words.exact}: ${cause}.`, words, nodeNote(deps.nodeVersion, words));
  }

  const second = resolveElectronBinary(deps);
  if (!second.found) {
    const repair = 'Deleting node_modules/electron and running "npm install" again usually repairs it.';
    return failure(
      `The Electron installer finished, but Electron is still missing. ${second.reason} ${repair}`,
      words,
    );
  }
  deps.log(`${words.exact} is installed: ${second.execPath}`);
  return { ok: true, execPath: second.execPath, installed: true };
}

// ---- The real parts, used by scripts/start.ts and the Electron smoke tests ----

export function readTextFile(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

const OUTPUT_LIMIT = 64 * 1024;

/**
 * Runs node_modules/electron/install.js with this Node: its progress (stdout) shows as it comes, its
 * errors (stderr) show and are kept for `describeInstallFailure`. The abort signal kills it.
 */
export function createInstaller(electronDir: string, env: NodeJS.ProcessEnv = process.env): Installer {
  return ({ signal }) =>
    new Promise((done) => {
      let output = '';
      const child = spawn(process.execPath, [join(electronDir, 'install.js')], {
        stdio: ['inherit', 'inherit', 'pipe'],
        env,
      });
      child.stderr.on('data', (chunk: Buffer) => {
        process.stderr.write(chunk);
        output = (output + chunk.toString('utf8')).slice(-OUTPUT_LIMIT);
      });
      const stop = () => child.kill();
      signal.addEventListener('abort', stop, { once: true });
      child.on('error', (error) => {
        signal.removeEventListener('abort', stop);
        done({ code: null, output: `${output}\n${error.message}` });
      });
      child.on('close', (code) => {
        signal.removeEventListener('abort', stop);
        done({ code, output });
      });
    });
}

export const realTimer: StartTimer = (ms, onTimeout) => {
  const timer = setTimeout(onTimeout, ms);
  return () => clearTimeout(timer);
};

/** ensureElectron's dependencies on this machine, for the electron package in electronDir. */
export function realEnsureDeps(electronDir: string, env: NodeJS.ProcessEnv = process.env): EnsureDeps {
  return {
    electronDir,
    env,
    platform: process.platform,
    exists: existsSync,
    readText: readTextFile,
    install: createInstaller(electronDir, env),
    timeoutMs: INSTALL_TIMEOUT_MS,
    startTimer: realTimer,
    nodeVersion: process.versions.node,
    log: (line) => console.info(line),
  };
}
