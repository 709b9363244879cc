"use client";

import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";

type Variant = "primary" | "secondary" | "danger" | "ghost";

interface DialogHost {
  close(): void;
  /** Whether the dialog is going away because it was closed (not because its row vanished). */
  wasClosed(): boolean;
}
const DialogHostContext = createContext<DialogHost | null>(null);

export const useDialogHost = () => useContext(DialogHostContext);

/** The enclosing action dialog's close function, for its form's Cancel and after success. */
export function useCloseDialog(): () => void {
  const host = useContext(DialogHostContext);
  if (!host) throw new Error("useCloseDialog outside ActionDialog");
  return host.close;
}

/**
 * A button that opens a dialog holding one action's form. The dialog is only mounted while
 * open (one at a time per page, and none of the forms' work before it is needed); closing it
 * returns focus to the button.
 */
export function ActionDialog({
  label,
  title,
  variant = "secondary",
  size = "normal",
  children,
}: {
  label: ReactNode;
  title: ReactNode;
  variant?: Variant;
  size?: "normal" | "small";
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLSpanElement>(null);
  const closed = useRef(false);
  const close = useCallback(() => {
    closed.current = true;
    setOpen(false);
    // The opener may be gone (its task is done); then focus stays where the page puts it.
    requestAnimationFrame(() => opener.current?.querySelector("button")?.focus());
  }, []);
  const host = useMemo<DialogHost>(() => ({ close, wasClosed: () => closed.current }), [close]);
  return (
    <>
      <span ref={opener} className="contents">
        <Button
          type="button"
          variant={variant}
          onClick={() => {
            closed.current = false;
            setOpen(true);
          }}
          aria-haspopup="dialog"
          className={size === "small" ? "btn-sm" : ""}
        >
          {label}
        </Button>
      </span>
      {open ? (
        <DialogHostContext.Provider value={host}>
          <Dialog open onClose={close} title={title}>
            {children}
          </Dialog>
        </DialogHostContext.Provider>
      ) : null}
    </>
  );
}
