/**
 * `useDraft`: the hook every form uses to keep what the user types (the save model is described in
 * drafts.ts), and `SaveState`, the one visible "Saved" line of an autosaving form.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { forgetKeptDraft, readKeptDraft, registerFlush, writeKeptDraft } from './drafts';

/** How long typing must pause before an autosaving form writes to the database. */
export const AUTOSAVE_MS = 700;

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error';

export interface DraftOptions<T> {
  /**
   * Names the form and its record (`profile`, `retro:<id>`, `reflection:<audit>:<week>`); the kept copy is
   * stored under it. The component must remount when it changes (give it `key={…}`).
   */
  key: string;
  /** Where the form starts when nothing unsaved was kept: the stored record, or the empty form. */
  initial: T;
  /**
   * Autosave: writes the value to the database and resolves true when it did (a failure is shown by the
   * caller). Without it the form keeps a draft until the user saves it (`reset` after the save).
   */
  save?: (value: T) => Promise<boolean>;
  delay?: number;
}

export interface Draft<T> {
  value: T;
  set: (next: T | ((current: T) => T)) => void;
  /** Merges fields into an object value. */
  update: (patch: Partial<T>) => void;
  /** Autosave: writes what is pending now and resolves true when the database holds it. */
  flush: () => Promise<boolean>;
  /** The draft was saved or cleared by the user: forgets the kept copy and starts from `next`. */
  reset: (next: T) => void;
  /**
   * After an add: starts from `next` only if the form still holds what was submitted. The save may end
   * a moment after the click, and whatever the user typed meanwhile is kept.
   */
  resetIfUnchanged: (submitted: T, next: T) => void;
  status: SaveStatus;
  /** The form opened with unsaved text kept from an earlier visit. */
  restored: boolean;
  /**
   * Typed into since the form opened (set or update was called): a row of a list shows its save state
   * from then on, and not before, so a long list does not repeat "All changes saved" on every row.
   */
  edited: boolean;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The kept copy, read against the form's current shape: a copy from an older version of the form keeps
 * only the fields that still exist with the same type, and a copy of another type is ignored.
 */
export function adoptKept<T>(kept: unknown, initial: T): T | undefined {
  if (kept === undefined) return undefined;
  if (isPlainObject(initial)) {
    if (!isPlainObject(kept)) return undefined;
    const merged: Record<string, unknown> = { ...initial };
    for (const [field, start] of Object.entries(initial)) {
      const value = kept[field];
      const sameKind =
        Array.isArray(start) === Array.isArray(value) &&
        (typeof value === typeof start || start === null || value === null);
      if (field in kept && sameKind) merged[field] = value;
    }
    return merged as T;
  }
  return typeof kept === typeof initial ? (kept as T) : undefined;
}

export function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

export function useDraft<T>({ key, initial, save, delay = AUTOSAVE_MS }: DraftOptions<T>): Draft<T> {
  const [start] = useState(() => {
    const kept = adoptKept(readKeptDraft(key), initial);
    if (kept === undefined || sameValue(kept, initial)) {
      if (kept !== undefined) forgetKeptDraft(key);
      return { value: initial, restored: false };
    }
    return { value: kept, restored: true };
  });
  const [value, setValue] = useState<T>(start.value);
  const [restored, setRestored] = useState(start.restored);
  const [status, setStatus] = useState<SaveStatus>(start.restored && save ? 'pending' : 'saved');
  const [edited, setEdited] = useState(false);

  const latest = useRef(start.value);
  // The value typed but not yet handed to `save` (autosave only).
  const pending = useRef<{ value: T } | null>(start.restored && save ? { value: start.value } : null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Saves run one after another, so they land in the order they were typed and a flush can wait for all.
  const chain = useRef<Promise<boolean>>(Promise.resolve(true));
  // The latest `save` (a form may switch between kept draft and autosave: the profile once created).
  const saveRef = useRef(save);
  useLayoutEffect(() => {
    saveRef.current = save;
  });
  const mounted = useRef(true);

  const flush = useCallback((): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    chain.current = chain.current.then(async () => {
      const write = saveRef.current;
      const next = pending.current;
      if (!write || !next) return true;
      pending.current = null;
      if (mounted.current) setStatus('saving');
      let ok = false;
      try {
        ok = await write(next.value);
      } catch (error) {
        console.warn('An autosave failed', error);
      }
      if (!ok) {
        // Typed again while saving? That newer text is pending already; else retry this on the next flush.
        pending.current ??= next;
        if (mounted.current) setStatus('error');
        return false;
      }
      if (pending.current === null) {
        forgetKeptDraft(key);
        if (mounted.current) setStatus('saved');
      } else if (mounted.current) setStatus('pending');
      return true;
    });
    return chain.current;
  }, [key]);

  const set = useCallback(
    (next: T | ((current: T) => T)) => {
      const value = typeof next === 'function' ? (next as (current: T) => T)(latest.current) : next;
      latest.current = value;
      setValue(value);
      setEdited(true);
      writeKeptDraft(key, value, Boolean(saveRef.current));
      if (!saveRef.current) return;
      pending.current = { value };
      setStatus('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delay);
    },
    [key, delay, flush],
  );

  const update = useCallback((patch: Partial<T>) => set((current) => ({ ...current, ...patch })), [set]);

  const reset = useCallback(
    (next: T) => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      pending.current = null;
      forgetKeptDraft(key);
      latest.current = next;
      setValue(next);
      setRestored(false);
      setStatus('saved');
    },
    [key],
  );

  const resetIfUnchanged = useCallback(
    (submitted: T, next: T) => {
      if (sameValue(latest.current, submitted)) reset(next);
    },
    [reset],
  );

  useEffect(() => {
    mounted.current = true;
    const unregister = registerFlush(flush);
    // Text kept from a visit that ended before it was saved goes to the database now.
    if (pending.current) void flush();
    return () => {
      mounted.current = false;
      unregister();
      // Leaving the form writes what was typed last.
      void flush();
    };
  }, [flush]);

  return { value, set, update, flush, reset, resetIfUnchanged, status, restored, edited };
}

const STATUS_TEXT: Record<SaveStatus, string> = {
  saved: 'All changes saved',
  pending: 'Saving shortly…',
  saving: 'Saving…',
  error: 'Not saved yet — see the message',
};

/** The save state of an autosaving form, for everyone: seen, and announced politely. */
export function SaveState({ status, prefix = '' }: { status: SaveStatus; prefix?: string }) {
  return (
    <span className={`save-state save-state--${status}`} role="status">
      {prefix}
      {STATUS_TEXT[status]}
    </span>
  );
}

/**
 * Shown above a form that adds a record when it opened with text kept from before: says why the text is
 * there and offers to start empty.
 */
export function KeptDraftNote({ restored, onClear }: { restored: boolean; onClear: () => void }) {
  if (!restored) return null;
  return (
    <p className="note kept-draft" role="note">
      <span>This is what you typed here before. It is not saved yet.</span>{' '}
      <button type="button" className="button button--ghost button--small" onClick={onClear}>
        Clear it
      </button>
    </p>
  );
}

/**
 * Cancel for a form that keeps a draft: it says "Discard changes" once something changed, and then drops
 * them. Closing the form any other way (Escape, leaving the screen) keeps them.
 */
export function DiscardButton<T>({
  draft,
  start,
  onDone,
  disabled = false,
}: {
  draft: Draft<T>;
  /** What the form holds when nothing was changed. */
  start: T;
  onDone: () => void;
  disabled?: boolean;
}) {
  return (
    <button
      type="button"
      className="button"
      disabled={disabled}
      onClick={() => {
        draft.reset(start);
        onDone();
      }}
    >
      {sameValue(draft.value, start) ? 'Cancel' : 'Discard changes'}
    </button>
  );
}
