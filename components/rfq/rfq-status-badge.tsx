import { StatusPill, type PillTone } from "@/components/ui/status-pill";

const tones: Record<string, PillTone> = { open: "waiting", quoted: "active", accepted: "done", declined: "closed", closed: "closed" };

/** A request's status as a coloured pill; the label comes translated. */
export function RfqStatusBadge({ status, label }: { status: string; label: string }) {
  return <StatusPill tone={tones[status] ?? "closed"} label={label} status={status} testId="rfq-status" className="shrink-0 whitespace-nowrap" />;
}
