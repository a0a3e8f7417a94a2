/**
 * The app's one save model for typed text (issue 15). Every form keeps what the user types in one of two
 * ways, chosen by the kind of form:
 *
 * - **Autosave** (a document that already exists: the profile, a week's reflection, a checklist note, a
 *   retrospective): the text is written to the database a moment after typing pauses, and at once when a
 *   field loses focus, when the form is left, and before the app quits.
 * - **Kept draft** (a form that adds a new record on an explicit Save: a brag entry, a feedback item, a
 *   decision, an evidence note, an action): nothing is added until the user says so, but what they typed
 *   stays on this computer until they save it or clear it, so leaving and coming back loses nothing.
 *
 * Both keep a copy of the unsaved text in localStorage, written synchronously on every change. That
 * copy is what survives a reload, a crash or a quit that did not wait: the form adopts it the next time it
 * opens (and an autosave form writes it to the database then). An autosave form drops its copy once the
 * database holds the text; a kept draft drops it when it is saved or cleared.
 *
 * Main asks the page to save before the app quits or the window closes (`flushAllDrafts`, reached through
 * the `save-drafts` command), so the database — and so the next backup — holds everything typed.
 */
import { webStorage } from '../platform/web-storage';

export const DRAFT_KEY_PREFIX = 'growth-ledger.draft.';

/** Where the unsaved copies live: the page's localStorage, or a map where there is none (unit tests). */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const memory = new Map<string, string>();
const memoryStorage: DraftStorage = {
  getItem: (key) => memory.get(key) ?? null,
  setItem: (key, value) => void memory.set(key, value),
  removeItem: (key) => void memory.delete(key),
};

function storage(): DraftStorage {
  return webStorage('localStorage') ?? memoryStorage;
}

/**
 * Stored as `{ value }`, so a kept copy of any value (an empty string too) reads back as itself.
 * `autosave` marks the copy of an autosave form: the form writes it into an existing record when it next
 * opens, so it must not outlive the data it was typed against (see `forgetAutosaveCopies`).
 */
interface KeptCopy {
  value: unknown;
  autosave?: true;
}

/** The unsaved copy kept for `key`, or undefined. A damaged copy is dropped, never thrown. */
export function readKeptDraft(key: string): unknown {
  const raw = storage().getItem(DRAFT_KEY_PREFIX + key);
  if (raw === null) return undefined;
  try {
    const parsed = JSON.parse(raw) as Partial<KeptCopy> | null;
    if (parsed && typeof parsed === 'object' && 'value' in parsed) return parsed.value;
  } catch {
    // Falls through: a copy that does not parse is of no use to anyone.
  }
  storage().removeItem(DRAFT_KEY_PREFIX + key);
  return undefined;
}

/**
 * Keeps `value` as the unsaved copy for `key`. A full or disabled storage is not an error worth a
 * message here: the database save (autosave) or the open form still holds the text.
 */
export function writeKeptDraft(key: string, value: unknown, autosave = false): void {
  const copy: KeptCopy = autosave ? { value, autosave: true } : { value };
  try {
    storage().setItem(DRAFT_KEY_PREFIX + key, JSON.stringify(copy));
  } catch (error) {
    console.warn('The unsaved text could not be kept in local storage', error);
  }
}

export function forgetKeptDraft(key: string): void {
  storage().removeItem(DRAFT_KEY_PREFIX + key);
}

/**
 * Drops every kept copy, in localStorage or the in-memory stand-in: the component tests start each test
 * from none (tests/unit/support/dom-setup.ts). "Delete all my data" clears localStorage whole.
 */
export function forgetAllKeptDrafts(): void {
  const local = webStorage('localStorage');
  if (!local) {
    memory.clear();
    return;
  }
  const keys: string[] = [];
  for (let i = 0; i < local.length; i += 1) {
    const key = local.key(i);
    if (key?.startsWith(DRAFT_KEY_PREFIX)) keys.push(key);
  }
  for (const key of keys) local.removeItem(key);
}

/**
 * Drops every autosave copy, before the app reloads into restored data. Each was typed against the data
 * being replaced: adopted after the restore, it would write old text over the restored record. (The
 * restore saves every open form first, so the safety backup holds that text.) Kept drafts of new records
 * stay: they add nothing until the user saves them.
 */
export function forgetAutosaveCopies(): void {
  const local = webStorage('localStorage');
  const keys = local ? Array.from({ length: local.length }, (_, i) => local.key(i)) : [...memory.keys()];
  for (const key of keys) {
    if (!key?.startsWith(DRAFT_KEY_PREFIX)) continue;
    const raw = local ? local.getItem(key) : (memory.get(key) ?? null);
    let autosave = false;
    try {
      autosave = (JSON.parse(raw ?? 'null') as Partial<KeptCopy> | null)?.autosave === true;
    } catch {
      autosave = false; // A damaged copy is dropped when read (readKeptDraft).
    }
    if (!autosave) continue;
    if (local) local.removeItem(key);
    else memory.delete(key);
  }
}

/** The forms open now that have text not yet in the database, each with its "save it now". */
const openForms = new Set<() => Promise<boolean>>();

export function registerFlush(flush: () => Promise<boolean>): () => void {
  openForms.add(flush);
  return () => openForms.delete(flush);
}

/**
 * Saves every open form's pending text to the database now. Resolves true when all of it was saved; a
 * failure has already been shown to the user by the form that failed.
 */
export async function flushAllDrafts(): Promise<boolean> {
  const results = await Promise.all([...openForms].map((flush) => flush().catch(() => false)));
  return results.every(Boolean);
}
