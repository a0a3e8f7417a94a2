import type { ReactNode } from 'react';
import type { ExportResult } from '@shared/ipc/contract';
import { useRun } from './useRun';

/** What an export says when it is done: where the file was saved, or nothing when it was cancelled. */
export function exportMessage(result: ExportResult): string | null {
  return result.status === 'saved' ? `Saved to ${result.path}` : null;
}

/** A button that exports a document and says where it was saved, or why it could not be. */
export function ExportButton({
  failure,
  save,
  disabled,
  className = 'button',
  children,
}: {
  /** How the error message starts when the export fails. */
  failure: string;
  save: () => Promise<ExportResult>;
  disabled?: boolean;
  /** The button's classes, for a primary or small button; a plain button by default. */
  className?: string;
  children: ReactNode;
}) {
  const run = useRun();
  return (
    <button
      type="button"
      className={className}
      disabled={disabled}
      onClick={() => void run(failure, save, exportMessage)}
    >
      {children}
    </button>
  );
}
