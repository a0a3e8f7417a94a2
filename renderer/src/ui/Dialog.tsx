import { useEffect, useId, useRef, type ReactNode } from 'react';

interface DialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Buttons, right-aligned at the bottom. */
  actions?: ReactNode;
  tone?: 'default' | 'danger';
  /** Extra classes on the <dialog>, e.g. to make it wider. */
  className?: string;
}

/**
 * A modal dialog on the native <dialog> element: the browser traps focus, closes on Escape and
 * restores focus to the opener, so keyboard users get the standard behaviour for free.
 */
export function Dialog({
  open,
  title,
  onClose,
  children,
  actions,
  tone = 'default',
  className,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
      // showModal focuses the first control; a field marked data-autofocus is the one the user came for.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  // Most owners remove the dialog to close it, and the browser gives focus back to the opener only on
  // close(): without this, focus would fall to the page body (issue 15).
  useEffect(
    () => () => {
      const back = opener.current;
      const active = document.activeElement;
      if (back instanceof HTMLElement && back.isConnected && (!active || active === document.body))
        back.focus();
    },
    [],
  );

  return (
    <dialog
      ref={ref}
      className={`dialog dialog--${tone}${className ? ` ${className}` : ''}`}
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      <div className="dialog__body">{children}</div>
      {actions ? <div className="dialog__actions">{actions}</div> : null}
    </dialog>
  );
}
