import "server-only";
// The checkout form's submit: the order from the buyer's own cart (lib/orders/place-order.ts: one
// cart, one order), then its first payment. Answers where the browser goes to pay.
import { findCartId } from "@/lib/cart/cart-owner";
import { checkoutSchema } from "@/lib/checkout/address";
import { cookieValue } from "@/lib/checkout/quote-checkout";
import { ConflictError } from "@/lib/errors";
import { access, defineOperation } from "@/lib/gate";
import { currencyForRequest, CURRENCY_COOKIE } from "@/lib/money/currency-cookie";
import { activePaymentProvider } from "@/lib/payments/active-provider";
import { publicLink } from "@/lib/public-url";
import { CheckoutError } from "./errors";
import { placeOrder } from "./place-order";
import { startPayment } from "./start-payment";

export const submitCheckoutOp = defineOperation({
  name: "checkout.placeOrder",
  access: access.user,
  input: checkoutSchema,
  rateLimit: { capacity: 20, refillSeconds: 60 },
  run: async ({ db, caller, locale, headers }, data) => {
    const cartId = await findCartId(db, { userId: caller.user.id });
    if (!cartId) throw new ConflictError("problem.cartEmpty");
    const { warehouseId, shippingLineId, attemptKey, ...address } = data;
    const currency = currencyForRequest(cookieValue(headers, CURRENCY_COOKIE), locale);
    try {
      const order = await placeOrder(db, { buyerId: caller.user.id, cartId, locale, currency, address, warehouseId, shippingLineId, attemptKey });
      const payment = await startPayment(db, activePaymentProvider(), {
        buyerId: caller.user.id,
        orderId: order.id,
        kind: "goods",
        locale,
        returnUrl: publicLink(`/${locale}/orders/${order.number}`),
      });
      return { url: payment.url, orderNumber: order.number };
    } catch (error) {
      if (error instanceof CheckoutError) throw new ConflictError(`problem.${error.code}`);
      throw error;
    }
  },
});
