import type { Graph, Thing, WithContext } from "schema-dts";

/**
 * Structured data as <script type="application/ld+json">: a data block the browser never executes,
 * so it needs no CSP nonce. `<` is escaped so that no text in the data can close the script element.
 */
export function JsonLd({ data }: { data: Graph | WithContext<Thing> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, "\\u003c") }} />;
}
