"use client";
// The same translated error page inside this section (its layout stays around it).
export { default } from "../error";
