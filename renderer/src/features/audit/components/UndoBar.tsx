import { useEffect, useState } from 'react';

export interface UndoOffer {
  id: number;
  message: string;
  undo: () => Promise<void>;
}

/**
 * "Deleted X. Undo" — a short-lived bar after a change that is easy to regret. It stays while focused or
 * hovered, so a keyboard user reaching for Undo does not lose it mid-way.
 */
export function UndoBar({ offer, onDone }: { offer: UndoOffer | null; onDone: () => void }) {
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
