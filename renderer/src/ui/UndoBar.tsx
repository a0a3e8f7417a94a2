import { useEffect, useState, useSyncExternalStore } from 'react';
import { BAR_MS, runUndo, undoSlot, type UndoSlot } from './undo';

/**
 * "Deleted X. Undo" — shown once, by the app shell, for the newest change that is easy to regret. It
 * stays while focused or hovered, so a keyboard user reaching for Undo does not lose it mid-way.
 */
export function UndoBar({ slot = undoSlot }: { slot?: UndoSlot }) {
  const offer = useSyncExternalStore(slot.subscribe, slot.current);
  const [holding, setHolding] = useState(false);
  useEffect(() => {
    if (!offer || holding) return undefined;
    const timer = setTimeout(slot.hide, BAR_MS);
    return () => clearTimeout(timer);
  }, [offer, holding, slot]);
  return (
    <div className="undo-bar" role="status" aria-live="polite">
      {offer ? (
        <div
          className="undo-bar__bar"
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
              setHolding(false);
              void runUndo(offer, slot);
            }}
          >
            Undo
          </button>
          <button
            type="button"
            className="button button--ghost button--small"
            aria-label="Dismiss"
            onClick={() => {
              setHolding(false);
              slot.hide();
            }}
          >
            ×
          </button>
        </div>
      ) : null}
    </div>
  );
}
