"use server";
// The platform's factory review, through the gate (platform members only).
import { refresh } from "next/cache";
import { setFactoryVerifiedOp } from "@/lib/factories/set-factory-verified";
import { formAction } from "@/lib/gate/next";

export const setVerifiedAction = formAction(setFactoryVerifiedOp, {
  namespace: "Admin",
  notFound: "errors.refused",
  onSuccess: () => refresh(),
});
