// Why placing an order or starting a payment was refused; pages translate `code`.
export type CheckoutProblem =
  | "cartEmpty"
  | "moqMissing"
  | "unavailable"
  | "outOfStock"
  | "warehouse"
  | "shippingLine"
  | "lineTooHeavy"
  | "lineTooLarge"
  | "lineNotServed"
  | "notPayable";

export class CheckoutError extends Error {
  constructor(readonly code: CheckoutProblem, readonly detail?: Record<string, unknown>) {
    super(`Checkout refused: ${code}${detail ? ` ${JSON.stringify(detail)}` : ""}`);
  }
}


export { NotFoundError } from "@/lib/errors";
