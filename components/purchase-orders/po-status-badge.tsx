import { StatusPill, type PillTone } from "@/components/ui/status-pill";

const tones: Record<string, PillTone> = { placed: "waiting", accepted: "active", shipped: "moving", received: "done", rejected: "closed" };

/** A purchase order's status as a coloured pill; the label comes translated. */
export function PoStatusBadge({ status, label }: { status: string; label: string }) {
  return <StatusPill tone={tones[status] ?? "closed"} label={label} status={status} testId="po-status" className="shrink-0 whitespace-nowrap" />;
}
