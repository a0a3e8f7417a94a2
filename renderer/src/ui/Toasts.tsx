import { useEffect } from 'react';
import { useStore, type Toast } from '../store/store';

function ToastItem({ toast }: { toast: Toast }) {
  const dismiss = useStore((state) => state.dismissToast);
  useEffect(() => {
    // Errors stay until dismissed, as do messages the user must not miss (how to undo a restore):
    // a user may need time to read them, or may have looked away while the app worked.
    if (toast.tone === 'error' || toast.sticky === true) return undefined;
    const timer = setTimeout(() => dismiss(toast.id), 6_000);
    return () => clearTimeout(timer);
  }, [toast, dismiss]);
  return (
    <div className={`toast toast--${toast.tone}`} role={toast.tone === 'error' ? 'alert' : 'status'}>
      <p className="toast__message">
        {toast.message}
        {(toast.count ?? 1) > 1 ? (
          <span className="toast__count">
            <span aria-hidden="true">×{toast.count}</span>
            <span className="visually-hidden"> (shown {toast.count} times)</span>
          </span>
        ) : null}
      </p>
      <button
        type="button"
        className="button button--ghost toast__close"
        onClick={() => dismiss(toast.id)}
        aria-label="Dismiss message"
      >
        ×
      </button>
    </div>
  );
}

export function Toasts() {
  const toasts = useStore((state) => state.toasts);
  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} />
      ))}
    </div>
  );
}
