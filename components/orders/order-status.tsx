import { StatusPill, type PillTone } from "@/components/ui/status-pill";

const tones: Record<string, PillTone> = {
  pending_payment: "waiting",
  paid: "done",
  purchasing: "active",
  at_warehouse: "active",
  shipping: "moving",
  delivered: "done",
  cancelled: "closed",
  refunded: "closed",
};

/** An order status as a coloured pill; the label comes translated. */
export function OrderStatus({ status, label }: { status: string; label: string }) {
  return <StatusPill tone={tones[status] ?? "closed"} label={label} status={status} testId="order-status" />;
}
