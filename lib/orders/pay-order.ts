import "server-only";
// "Pay" on the buyer's order page: the goods (while the order waits for payment) or the shipping
// the agent requested. Another buyer's order is not found.
import { z } from "zod";
import { ConflictError } from "@/lib/errors";
import { access, defineOperation, zId } from "@/lib/gate";
import { activePaymentProvider } from "@/lib/payments/active-provider";
import { publicLink } from "@/lib/public-url";
import { CheckoutError } from "./errors";
import { startPayment } from "./start-payment";

export const payOrderOp = defineOperation({
  name: "orders.pay",
  access: access.user,
  input: z.object({ orderId: zId, kind: z.enum(["goods", "shipping"]).default("goods"), number: z.string().max(40).regex(/^[A-Z0-9]*$/).optional() }),
  rateLimit: { capacity: 20, refillSeconds: 60 },
  run: async ({ db, caller, locale }, { orderId, kind, number }) => {
    try {
      const { url } = await startPayment(db, activePaymentProvider(), {
        buyerId: caller.user.id,
        orderId,
        kind,
        locale,
        returnUrl: publicLink(`/${locale}/orders/${encodeURIComponent(number ?? "")}`),
      });
      return { url };
    } catch (error) {
      if (error instanceof CheckoutError) throw new ConflictError(`problem.${error.code}`);
      throw error;
    }
  },
});
