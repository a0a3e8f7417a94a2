import { useEffect, useState, useSyncExternalStore } from 'react';

export interface UndoOffer {
  message: string;
  undo: () => Promise<void>;
}

/**
 * Where the current undo offer lives: outside React state, so offering one re-renders the bar only, not
 * the screen that made the change (after each quick-logged line that was the whole Log tab, issue 13).
 */
export interface UndoSlot {
  offer: (message: string, undo: () => Promise<void>) => void;
  clear: () => void;
  current: () => UndoOffer | null;
  subscribe: (onChange: () => void) => () => void;
}

export function createUndoSlot(): UndoSlot {
  let offer: UndoOffer | null = null;
  const listeners = new Set<() => void>();
  const set = (next: UndoOffer | null) => {
    offer = next;
    for (const listener of listeners) listener();
  };
  return {
    offer: (message, undo) => set({ message, undo }),
    clear: () => set(null),
    current: () => offer,
    subscribe: (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
}

/**
 * "Deleted X. Undo" — a short-lived bar after a change that is easy to regret. It stays while focused or
 * hovered, so a keyboard user reaching for Undo does not lose it mid-way.
 */
export function UndoBar({ slot }: { slot: UndoSlot }) {
  const offer = useSyncExternalStore(slot.subscribe, slot.current);
  const onDone = slot.clear;
  const [holding, setHolding] = useState(false);
  useEffect(() => {
    if (!offer || holding) return undefined;
    const timer = setTimeout(onDone, 10_000);
    return () => clearTimeout(timer);
  }, [offer, holding, onDone]);
  return (
    <div className="audit-undo" role="status" aria-live="polite">
      {offer ? (
        <div
          className="audit-undo__bar"
          onFocus={() => setHolding(true)}
          onBlur={() => setHolding(false)}
          onMouseEnter={() => setHolding(true)}
          onMouseLeave={() => setHolding(false)}
        >
          <span>{offer.message}</span>
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              void offer.undo().finally(onDone);
            }}
          >
            Undo
          </button>
          <button
            type="button"
            className="button button--ghost button--small"
            aria-label="Dismiss"
            onClick={onDone}
          >
            ×
          </button>
        </div>
      ) : null}
    </div>
  );
}
