// The Stripe client against a local server that records what it would send to Stripe.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stripeProvider } from "@/lib/payments/stripe-provider";

interface Recorded {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  body: URLSearchParams;
}

const recorded: Recorded[] = [];
const server = createServer((req, res) => {
  let body = "";
  req.on("data", (c) => (body += c));
  req.on("end", () => {
    recorded.push({ method: req.method!, path: req.url!, headers: req.headers, body: new URLSearchParams(body) });
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ id: `cs_test_${recorded.length}`, object: "checkout.session", url: `https://checkout.stripe.com/c/pay/cs_test_${recorded.length}` }));
  });
});
let stripe: Stripe;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  stripe = new Stripe("sk_test_recorder", { host: "127.0.0.1", port, protocol: "http", maxNetworkRetries: 0 });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const request = (currency: string, amountMinor: number) => ({
  paymentId: 41, orderId: 7, orderNumber: "HZ2611240ABC", kind: "goods" as const, amountMinor, currency,
  description: "Haozao HZ2611240ABC", customerEmail: "ana@example.com", idempotencyKey: `order-7-goods-1-${currency}`,
  successUrl: "https://haozao.example/en/orders/HZ2611240ABC?paid=1", cancelUrl: "https://haozao.example/en/orders/HZ2611240ABC", locale: "en",
});

describe("Stripe Checkout sessions", () => {
  it("sends the amount in the currency's minor unit with the order attempt's idempotency key", async () => {
    const session = await stripeProvider(stripe).createCheckout(request("EUR", 12345));
    expect(session).toEqual({ ref: "cs_test_1", url: "https://checkout.stripe.com/c/pay/cs_test_1" });
    const sent = recorded[0];
    expect(sent.method).toBe("POST");
    expect(sent.path).toBe("/v1/checkout/sessions");
    expect(sent.headers["idempotency-key"]).toBe("order-7-goods-1-EUR");
    expect(sent.headers.authorization).toBe("Bearer sk_test_recorder");
    expect(sent.body.get("line_items[0][price_data][currency]")).toBe("eur");
    expect(sent.body.get("line_items[0][price_data][unit_amount]")).toBe("12345");
    expect(sent.body.get("metadata[paymentId]")).toBe("41");
    expect(sent.body.get("payment_intent_data[metadata][orderId]")).toBe("7");
    expect(Number(sent.body.get("expires_at"))).toBeGreaterThan(Date.now() / 1000 + 30 * 60);
  });

  it("sends zero-decimal currencies as whole units", async () => {
    await stripeProvider(stripe).createCheckout(request("JPY", 2480));
    expect(recorded.at(-1)!.body.get("line_items[0][price_data][currency]")).toBe("jpy");
    expect(recorded.at(-1)!.body.get("line_items[0][price_data][unit_amount]")).toBe("2480");
  });
});
