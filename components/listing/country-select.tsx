"use client";
import { useState } from "react";
import type { Destination } from "./types";

/**
 * The destinations the shipping lines serve, named and sorted in the page's language by the server
 * (a browser without the locale's data would name them in English: a hydration mismatch), and the
 * one chosen.
 */
export function useDestination(countries: readonly Destination[], defaultCountry: string) {
  const [country, setCountry] = useState(countries.some((c) => c.code === defaultCountry) ? defaultCountry : (countries[0]?.code ?? defaultCountry));
  return { countries, country, setCountry };
}

export function CountrySelect({
  countries,
  value,
  onChange,
  testId,
}: {
  countries: readonly Destination[];
  value: string;
  onChange(code: string): void;
  testId: string;
}) {
  return (
    <select data-testid={testId} value={value} onChange={(e) => onChange(e.target.value)} className="h-9 rounded-lg border border-ink-300 bg-white px-2 text-sm">
      {countries.map((c) => (
        <option key={c.code} value={c.code}>
          {c.name}
        </option>
      ))}
    </select>
  );
}
