/** A small modal dialog: a labelled, focus-taking panel over the page that Escape closes. */
import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface ModalProps {
  title: string;
  onClose(): void;
  testId?: string;
  /** The panel's class; 'modal' (the export and import dialogs' look) by default. */
  className?: string;
  children: ReactNode;
}

export function Modal({ title, onClose, testId, className = 'modal', children }: ModalProps) {
  const id = useId();
  const ref = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    // A field inside that took the focus on mount keeps it.
    if (!ref.current?.contains(document.activeElement)) ref.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        className={className}
        role="dialog"
        aria-modal="true"
        aria-labelledby={id}
        tabIndex={-1}
        ref={ref}
        data-testid={testId}
      >
        <header className="modal-head">
          <h2 id={id}>{title}</h2>
          <button type="button" className="link" onClick={onClose} aria-label={`Close ${title.toLowerCase()}`}>
            Close
          </button>
        </header>
        <div className="modal-body">{children}</div>
      </div>
    </div>
  );
}
