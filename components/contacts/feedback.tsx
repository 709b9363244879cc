"use client";

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Notice } from "@/components/ui/notice";

interface Message {
  id: number;
  kind: "success" | "error" | "info";
  body: ReactNode;
}

interface Feedback {
  show(kind: Message["kind"], body: ReactNode): void;
}

const FeedbackContext = createContext<Feedback | null>(null);

/**
 * The page's message area for finished actions. It sits outside the rows and dialogs that
 * trigger them, so the message outlives a row that disappears once its task is done. Fixed
 * to the bottom of the viewport: showing it never moves the page content.
 */
export function FeedbackProvider({ children }: { children: ReactNode }) {
  const t = useTranslations("contacts.actions");
  const [message, setMessage] = useState<Message | null>(null);
  const show = useCallback((kind: Message["kind"], body: ReactNode) => {
    setMessage((m) => ({ id: (m?.id ?? 0) + 1, kind, body }));
  }, []);
  const value = useMemo(() => ({ show }), [show]);
  return (
    <FeedbackContext.Provider value={value}>
      {children}
      <div className="pointer-events-none fixed inset-x-4 bottom-4 z-40 flex justify-end" data-testid="feedback">
        {message ? (
          <div key={message.id} className="pointer-events-auto w-full max-w-md shadow-lg">
            <Notice kind={message.kind} testId="feedback-message">
              <div className="flex items-start gap-3">
                <div className="min-w-0 flex-1 space-y-1">{message.body}</div>
                <button
                  type="button"
                  onClick={() => setMessage(null)}
                  aria-label={t("dismiss")}
                  className="-m-1 rounded p-1 leading-none opacity-70 hover:opacity-100 focus-visible:outline-2 focus-visible:outline-teal-600"
                >
                  ×
                </button>
              </div>
            </Notice>
          </div>
        ) : null}
      </div>
    </FeedbackContext.Provider>
  );
}

/** For components that may render outside a provider. */
export function useOptionalFeedback(): Feedback | null {
  return useContext(FeedbackContext);
}

export function useFeedback(): Feedback {
  const feedback = useContext(FeedbackContext);
  if (!feedback) throw new Error("useFeedback outside FeedbackProvider");
  return feedback;
}
