import { useEffect, type RefObject } from 'react';

/**
 * Keeps a `<dialog>` shown as a modal exactly while `open` says so (a store's flag): showModal
 * traps focus and gives Esc, whose close the dialog's onClose reports back to the store.
 */
export function useModalDialog(dialog: RefObject<HTMLDialogElement | null>, open: boolean): void {
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [dialog, open]);
}
