/**
 * The app's identity on disk and in the browser engine.
 *
 * THESE VALUES ARE FOREVER. IndexedDB is keyed by origin (scheme + host) and stored under the userData
 * folder (derived from the app name). Changing the scheme, the host, the app name or the userData folder
 * name gives the app a new, empty database: every user would silently lose all their data. A change is
 * allowed only together with a tested migration that moves the old origin's data.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'growth-ledger';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** `app.setName` value; also names the userData folder on every OS. */
export const APP_NAME = 'Growth Ledger';
export const USER_DATA_DIR_NAME = 'Growth Ledger';
export const APP_ID = 'dev.growthledger.app';
/** The IndexedDB database name. Also forever. */
export const DB_NAME = 'growth-ledger';
