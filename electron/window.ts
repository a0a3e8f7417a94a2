/**
 * The main window: secure webPreferences, shown only once painted, and reopened where the user left it.
 * Navigation, win.open and webview guards are attached to every WebContents in main.ts
 * ('web-contents-created'), this window's included, so they are not repeated here.
 */
import { BrowserWindow, nativeTheme, screen } from 'electron';
import { APP_NAME } from '@shared/app-identity';
import { secureWebPreferences } from './security';
import {
  MIN_HEIGHT,
  MIN_WIDTH,
  fitToDisplays,
  type WindowState,
  type WindowStateStore,
} from './services/window-state';

/** Painted before the page loads, so opening the window never flashes the wrong colour. */
export const WINDOW_BACKGROUND = { light: '#f7f7f5', dark: '#15171c' } as const;

const SAVE_DELAY_MS = 500;

export interface MainWindowDeps {
  preloadPath: string;
  /** `${APP_ORIGIN}/index.html`, or the Vite dev server's URL in development. */
  url: string;
  windowState: WindowStateStore;
  logError: (message: string, error: unknown) => void;
  /** False when the app started at login: it stays in the tray until the user opens it. */
  showWhenReady: boolean;
}

const background = () => (nativeTheme.shouldUseDarkColors ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light);

export async function createMainWindow({
  preloadPath,
  url,
  windowState,
  logError,
  showWhenReady,
}: MainWindowDeps): Promise<BrowserWindow> {
  const state = fitToDisplays(await windowState.load(), screen.getAllDisplays());

  const win = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    show: false,
    title: APP_NAME,
    backgroundColor: background(),
    webPreferences: secureWebPreferences(preloadPath),
  });
  if (showWhenReady) {
    if (state.maximized) win.maximize();
    win.once('ready-to-show', () => win.show());
  }

  const onThemeUpdated = () => win.setBackgroundColor(background());
  nativeTheme.on('updated', onThemeUpdated);

  const current = (): WindowState => ({ ...win.getNormalBounds(), maximized: win.isMaximized() });
  let timer: NodeJS.Timeout | undefined;
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void windowState.save(current()), SAVE_DELAY_MS);
  };
  win.on('resize', saveSoon);
  win.on('move', saveSoon);
  win.on('maximize', saveSoon);
  win.on('unmaximize', saveSoon);
  win.on('close', () => {
    clearTimeout(timer);
    void windowState.save(current());
  });
  win.on('closed', () => nativeTheme.off('updated', onThemeUpdated));

  win.loadURL(url).catch((error: unknown) => logError(`The app window could not load ${url}`, error));
  return win;
}
