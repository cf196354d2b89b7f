"use client";
// The translated error page inside the portal (its navigation stays around it).
export { default } from "../../error";
