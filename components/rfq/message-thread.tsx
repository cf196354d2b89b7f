import type { RfqMessage } from "@/lib/rfqs/rfq-types";
import { TranslateMessage, type TranslateLabels } from "./translate-message";

interface Props {
  messages: RfqMessage[];
  /** The side reading: its own messages sit at the end, in brand colours. */
  viewer: "buyer" | "factory";
  labels: { own: string; other: string; none: string };
  formatDate(date: Date): string;
  /** Offers "Translate" under the other side's messages. */
  translate?: TranslateLabels;
}

/** A request's conversation, oldest first. */
export function MessageThread({ messages, viewer, labels, formatDate, translate }: Props) {
  if (messages.length === 0) return <p className="rounded-xl bg-ink-50 p-4 text-center text-sm text-ink-500">{labels.none}</p>;
  return (
    <ol className="space-y-3" data-testid="rfq-thread">
      {messages.map((m) => {
        const own = m.side === viewer;
        return (
          <li key={m.id} className={`flex ${own ? "justify-end" : "justify-start"}`} data-testid="rfq-message" data-side={m.side}>
            <div className={`max-w-[85%] rounded-2xl px-4 py-2.5 text-sm ${own ? "rounded-ee-md bg-brand-50 text-ink-900 ring-1 ring-brand-100" : "rounded-es-md bg-ink-50 text-ink-900 ring-1 ring-ink-100"}`}>
              <p className="mb-1 text-xs font-semibold text-ink-500">
                {own ? labels.own : labels.other} · <time dateTime={m.createdAt.toISOString()}>{formatDate(m.createdAt)}</time>
              </p>
              <p className="whitespace-pre-line break-words" dir="auto">{m.body}</p>
              {!own && translate ? <TranslateMessage messageId={m.id} labels={translate} /> : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
