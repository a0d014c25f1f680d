import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import './style.css';

interface Props {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ComponentChildren;
  actions: ComponentChildren;
  testId?: string;
}

/** A modal dialog on the native <dialog>: focus stays inside, Escape closes, focus returns where it was. */
export function Dialog({ title, open, onClose, children, actions, testId }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    const dialog = ref.current!;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
      (opener.current as HTMLElement | null)?.focus?.();
    }
  }, [open]);
  return (
    <dialog
      ref={ref}
      class="dialog"
      aria-labelledby="dialog-title"
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id="dialog-title">{title}</h2>
      <div class="dialog-body">{children}</div>
      <div class="dialog-actions">{actions}</div>
    </dialog>
  );
}
