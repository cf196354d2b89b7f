// Where an exchange rate comes from, as stored with it, and its translated label: a known source
// (the demo's fixed rates) has a message under Looks.rateSources; any other shows as stored.
export const DEMO_RATE_SOURCE = "Haozao demo rates (fixed)";

const known: Record<string, "demo"> = { [DEMO_RATE_SOURCE]: "demo" };

export function rateSourceLabel(source: string, t: (key: `rateSources.${"demo"}`) => string): string {
  const key = known[source];
  return key ? t(`rateSources.${key}`) : source;
}
