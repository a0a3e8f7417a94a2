/**
 * `npm start` (tsx scripts/start.ts preview) and `npm run dev` (tsx scripts/start.ts dev).
 *
 * Makes sure the Electron binary exists first (Electron 45 installs without it, and electron-vite only
 * reports "Electron uninstall"): downloads it once when missing, or explains what to do when that is not
 * possible. Then runs electron-vite with ELECTRON_EXEC_PATH set, so electron-vite skips its own lookup.
 * `electron-vite preview` builds the app by itself before starting it.
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureElectron, realEnsureDeps, type EnsureDeps } from './electron-binary';

export type StartMode = 'preview' | 'dev';

export type Launch = (command: StartMode, env: Record<string, string | undefined>) => Promise<number>;

export interface StartDeps extends EnsureDeps {
  launch: Launch;
  error: (message: string) => void;
}

const ROOT = resolve(import.meta.dirname, '..');
const ELECTRON_VITE_CLI = join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');

export function retryCommandFor(mode: StartMode): string {
  return mode === 'dev' ? 'npm run dev' : 'npm start';
}

/** Ensures Electron, then launches electron-vite; returns the exit code for the process. */
export async function runStart(mode: StartMode, deps: StartDeps): Promise<number> {
  const electron = await ensureElectron({ ...deps, retryCommand: retryCommandFor(mode) });
  if (!electron.ok) {
    deps.error(electron.message);
    return 1;
  }
  return deps.launch(mode, { ...deps.env, ELECTRON_EXEC_PATH: electron.execPath });
}

/** Runs the local electron-vite CLI with this Node, its output in this terminal; passes on Ctrl-C and kill. */
export const launchElectronVite: Launch = (command, env) =>
  new Promise((done) => {
    const child = spawn(process.execPath, [ELECTRON_VITE_CLI, command], { stdio: 'inherit', env });
    const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
    const onInt = forward('SIGINT');
    const onTerm = forward('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
    const finish = (code: number) => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      done(code);
    };
    child.on('error', (error) => {
      console.error(`Could not start electron-vite (${ELECTRON_VITE_CLI}): ${error.message}`);
      finish(1);
    });
    child.on('close', (code) => finish(code ?? 1));
  });

function parseMode(arg: string | undefined): StartMode | undefined {
  return arg === 'preview' || arg === 'dev' ? arg : undefined;
}

async function main(): Promise<number> {
  const mode = parseMode(process.argv[2]);
  if (!mode) {
    console.error('Usage: tsx scripts/start.ts <preview|dev>');
    return 2;
  }
  return runStart(mode, {
    ...realEnsureDeps(join(ROOT, 'node_modules', 'electron')),
    launch: launchElectronVite,
    error: (message) => console.error(message),
  });
}

function isRunDirectly(): boolean {
  const script = process.argv[1];
  return script !== undefined && import.meta.url === pathToFileURL(script).href;
}

if (isRunDirectly()) {
  process.exit(await main());
}
