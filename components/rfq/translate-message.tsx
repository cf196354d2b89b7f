"use client";
// The "Translate" button under a message from the other side of an RFQ thread, and its answer.
import { useState, useTransition } from "react";
import type { MessageTranslation } from "@/lib/rfqs/translate-rfq-message";
import { translateMessageAction } from "./translate-actions";

export interface TranslateLabels {
  translate: string;
  translating: string;
  /** "{from}" and "{to}" are replaced with language names. */
  rough: string;
  unavailable: string;
  failed: string;
  locale: string;
}

export function TranslateMessage({ messageId, labels }: { messageId: number; labels: TranslateLabels }) {
  const [answer, setAnswer] = useState<MessageTranslation | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const names = new Intl.DisplayNames([labels.locale], { type: "language" });
  const fill = (text: string, a: MessageTranslation) => text.replace("{from}", names.of(a.from) ?? a.from).replace("{to}", names.of(a.to) ?? a.to);
  if (answer?.status === "translated") {
    return (
      <div className="mt-2 border-t border-ink-200 pt-2" data-testid="rfq-translation">
        <p className="whitespace-pre-line break-words" lang={answer.to} dir="auto">{answer.text}</p>
        {answer.rough ? <p className="mt-1 text-xs text-ink-500">{fill(labels.rough, answer)}</p> : null}
      </div>
    );
  }
  return (
    <div className="mt-1.5">
      {answer?.status === "unavailable" ? <p className="text-xs text-amber-800" data-testid="rfq-translation-unavailable">{fill(labels.unavailable, answer)}</p> : null}
      {failed ? <p className="text-xs text-red-700">{failed}</p> : null}
      {!answer ? (
        <button
          type="button"
          className="text-xs font-medium text-brand-700 hover:underline disabled:opacity-60"
          disabled={pending}
          data-testid="rfq-translate"
          onClick={() =>
            start(async () => {
              const result = await translateMessageAction({ messageId });
              if (result.ok) setAnswer(result.data);
              else setFailed(result.message || labels.failed);
            })
          }
        >
          {pending ? labels.translating : labels.translate}
        </button>
      ) : null}
    </div>
  );
}
