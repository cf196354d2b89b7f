"use client";
import { useMemo, useState } from "react";

interface Line {
  countries: string[];
}

/** The destinations the shipping lines serve, named in the page's language, and the one chosen. */
export function useDestination(lines: readonly Line[], locale: string, defaultCountry: string) {
  const countries = useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: "region" });
    const codes = [...new Set(lines.flatMap((l) => l.countries))];
    return codes.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) => a.name.localeCompare(b.name, locale));
  }, [lines, locale]);
  const [country, setCountry] = useState(countries.some((c) => c.code === defaultCountry) ? defaultCountry : (countries[0]?.code ?? defaultCountry));
  return { countries, country, setCountry };
}

export function CountrySelect({
  countries,
  value,
  onChange,
  testId,
}: {
  countries: { code: string; name: string }[];
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
