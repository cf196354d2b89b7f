// The checkout's refusals (CheckoutError, not a domain error) as the partner API reports them:
// a problem with a field of the request is a 422 naming it; stock or availability is a 409.
import { ConflictError, ValidationError } from "@/lib/errors";
import { CheckoutError } from "@/lib/orders/errors";

export function checkoutRefusal(error: unknown): unknown {
  if (!(error instanceof CheckoutError)) return error;
  switch (error.code) {
    case "cartEmpty":
      return new ValidationError([{ path: ["body", "lines"], key: "required" }]);
    case "moqMissing":
      return new ValidationError([{ path: ["body", "lines"], key: "partnerMoqMissing" }]);
    case "warehouse":
      return new ValidationError([{ path: ["body", "warehouseId"], key: "warehouse" }]);
    case "shippingLine":
      return new ValidationError([{ path: ["body", "shippingLineId"], key: "shippingLine" }]);
    case "lineTooHeavy":
      return new ValidationError([{ path: ["body", "shippingLineId"], key: "tooHeavy" }]);
    case "outOfStock":
      return new ConflictError("partnerOutOfStock");
    case "unavailable":
      return new ConflictError("partnerUnavailable");
    case "notPayable":
      return new ConflictError("partnerNotPayable");
  }
}
