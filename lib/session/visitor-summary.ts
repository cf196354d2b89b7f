import "server-only";
// Who is signed in and how many units are in their cart, for the header of cached pages.
import { z } from "zod";
import { cartOwnerOf, findCartId } from "@/lib/cart/cart-owner";
import { countCartItems } from "@/lib/cart/count-cart-items";
import { access, defineOperation } from "@/lib/gate";

export const visitorSummaryOp = defineOperation({
  name: "session.summary",
  access: access.public,
  input: z.object({}).loose(),
  run: async ({ db, caller }) => {
    const cartId = await findCartId(db, await cartOwnerOf(caller));
    return {
      user: caller.type === "user" ? { name: caller.user.name, role: caller.user.role } : null,
      cartLines: cartId ? await countCartItems(db, cartId) : 0,
    };
  },
});
