// The partner API's reference: quick start, examples in curl and TypeScript, webhook signature
// checks, error codes, and every endpoint, rendered from the same OpenAPI document the API serves
// (nothing loaded from another site).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { ERROR_CODES } from "@/lib/partners/api/errors-doc";
import { siteOrigin } from "@/lib/partners/api/catalog";
import { openApiDocument } from "@/lib/partners/api/openapi";
import { SIGNATURE_HEADER } from "@/lib/partners/events";
import { shopContext, type ShopParams } from "@/lib/page-context";

export async function generateMetadata({ params }: { params: Promise<ShopParams> }): Promise<Metadata> {
  const { locale } = await shopContext(params);
  const t = await getTranslations({ locale, namespace: "Developers" });
  return { title: t("title"), description: t("intro") };
}

type Json = Record<string, any>;

function Code({ children, label }: { children: string; label?: string }) {
  return (
    <figure className="min-w-0">
      {label ? <figcaption className="mb-1 text-xs font-semibold uppercase tracking-wide text-ink-500">{label}</figcaption> : null}
      <pre dir="ltr" className="overflow-x-auto rounded-xl bg-ink-900 p-4 text-start text-xs leading-relaxed text-ink-50"><code>{children}</code></pre>
    </figure>
  );
}

export default async function DevelopersPage({ params }: { params: Promise<ShopParams> }) {
  const { locale } = await shopContext(params);
  const t = await getTranslations({ locale, namespace: "Developers" });
  const origin = siteOrigin();
  const doc = openApiDocument(origin) as Json;
  const api = `${origin}/api/v1`;
  const curl = `curl -H "Authorization: Bearer $HAOZAO_KEY" \\\n  "${api}/listings?locale=mn&currency=MNT&limit=10"`;
  const order = `curl -X POST "${api}/orders" \\\n  -H "Authorization: Bearer $HAOZAO_KEY" \\\n  -H "Idempotency-Key: $(uuidgen)" \\\n  -H "Content-Type: application/json" \\\n  -d '{"lines":[{"skuId":101,"quantity":50}],"currency":"MNT","warehouseId":1,"shippingLineId":3,
       "address":{"name":"Bat-Erdene","line1":"Peace Avenue 17","city":"Ulaanbaatar","postalCode":"14200","country":"MN","phone":"+976 9911 2233"}}'

# test keys: pay in the sandbox
curl -X POST "${api}/orders/<id>/sandbox-payment" -H "Authorization: Bearer $HAOZAO_KEY" \\\n  -H "Content-Type: application/json" -d '{"outcome":"paid"}'`;
  const ts = `// npm i openapi-fetch && npx openapi-typescript ${api}/openapi.json -o haozao.d.ts
import createClient from "openapi-fetch";
import type { paths } from "./haozao";

const haozao = createClient<paths>({
  baseUrl: "${api}",
  headers: { Authorization: \`Bearer \${process.env.HAOZAO_KEY}\` },
});

const { data, error } = await haozao.GET("/listings", {
  params: { query: { q: "чашка", locale: "mn", currency: "MNT" } },
});
if (error) throw new Error(\`\${error.code}: \${error.detail}\`);
for (const item of data.items) console.log(item.title, item.priceFrom.amountMinor);`;
  const verifyShell = `# body.json: the raw body; SIG: the ${SIGNATURE_HEADER} header; SECRET: whsec_…
T=$(echo "$SIG" | sed -E 's/.*t=([0-9]+).*/\\1/'); V1=$(echo "$SIG" | sed -E 's/.*v1=([0-9a-f]+).*/\\1/')
EXPECTED=$(printf '%s.%s' "$T" "$(cat body.json)" | openssl dgst -sha256 -hmac "$SECRET" -hex | sed 's/^.* //')
[ "$EXPECTED" = "$V1" ] && [ $(( $(date +%s) - T )) -lt 300 ] && echo valid`;
  const verifyTs = `import { createHmac, timingSafeEqual } from "node:crypto";

export function verify(secret: string, rawBody: string, header: string | null) {
  const parts = Object.fromEntries((header ?? "").split(",").map((p) => p.split("=", 2)));
  const t = Number(parts.t);
  if (!t || Math.abs(Date.now() / 1000 - t) > 300 || !parts.v1) return false;
  const expected = createHmac("sha256", secret).update(\`\${t}.\${rawBody}\`).digest("hex");
  return expected.length === parts.v1.length && timingSafeEqual(Buffer.from(expected), Buffer.from(parts.v1));
}`;
  const verifyPy = `import hashlib, hmac, time

def verify(secret: str, raw_body: bytes, header: str) -> bool:
    parts = dict(p.split("=", 1) for p in header.split(","))
    t = int(parts.get("t", "0"))
    if abs(time.time() - t) > 300 or "v1" not in parts:
        return False
    expected = hmac.new(secret.encode(), f"{t}.".encode() + raw_body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, parts["v1"])`;

  const endpoints = Object.entries(doc.paths as Json).flatMap(([path, methods]) => Object.entries(methods as Json).map(([method, op]) => ({ path, method, op: op as Json })));
  const schemaName = (s: Json | undefined) => (s?.$ref ? String(s.$ref).split("/").pop() : "object");

  return (
    <div className="container-page grid grid-cols-1 gap-8 py-8 lg:grid-cols-[14rem_minmax(0,1fr)]">
      <nav className="hidden text-sm lg:block" aria-label={t("contents")}>
        <ul className="sticky top-20 space-y-2">
          {(["quickstart", "examples", "webhooks", "errors", "reference"] as const).map((id) => (
            <li key={id}>
              <a href={`#${id}`} className="text-ink-700 hover:text-brand-700">{t(`sections.${id}`)}</a>
            </li>
          ))}
          <li>
            <a href="/api/v1/openapi.json" className="text-brand-700 hover:underline" dir="ltr">openapi.json</a>
          </li>
        </ul>
      </nav>
      <article className="min-w-0 space-y-10">
        <header className="space-y-2">
          <p className="text-xs font-semibold uppercase tracking-wider text-brand-700">{t("eyebrow")}</p>
          <h1 className="text-2xl font-bold text-ink-900">{t("title")}</h1>
          <p className="max-w-3xl text-ink-700">{t("intro")}</p>
        </header>

        <section id="quickstart" className="space-y-3">
          <h2 className="text-xl font-semibold text-ink-900">{t("sections.quickstart")}</h2>
          <ol className="list-decimal space-y-2 ps-6 text-ink-700">
            <li>
              {t.rich("steps.key", { link: (chunks) => <Link href="/partner/keys" className="text-brand-700 underline">{chunks}</Link> })}
            </li>
            <li>{t("steps.list")}</li>
            <li>{t("steps.order")}</li>
            <li>{t("steps.webhooks")}</li>
          </ol>
          <Code label="curl">{curl}</Code>
        </section>

        <section id="examples" className="space-y-3">
          <h2 className="text-xl font-semibold text-ink-900">{t("sections.examples")}</h2>
          <p className="text-ink-700">{t("examplesIntro")}</p>
          <Code label="TypeScript">{ts}</Code>
          <Code label="curl">{order}</Code>
        </section>

        <section id="webhooks" className="space-y-3">
          <h2 className="text-xl font-semibold text-ink-900">{t("sections.webhooks")}</h2>
          <p className="text-ink-700">{t("webhooksIntro", { header: SIGNATURE_HEADER })}</p>
          <div className="grid gap-3 xl:grid-cols-2">
            <Code label="shell">{verifyShell}</Code>
            <Code label="TypeScript">{verifyTs}</Code>
            <Code label="Python">{verifyPy}</Code>
          </div>
        </section>

        <section id="errors" className="space-y-3">
          <h2 className="text-xl font-semibold text-ink-900">{t("sections.errors")}</h2>
          <p className="text-ink-700">{t("errorsIntro")}</p>
          <div className="relative overflow-x-auto">
            <table className="w-full min-w-[32rem] text-sm">
              <thead className="bg-ink-50 text-xs text-ink-500">
                <tr>
                  <th scope="col" className="px-3 py-2 text-start">HTTP</th>
                  <th scope="col" className="px-3 py-2 text-start">code</th>
                  <th scope="col" className="px-3 py-2 text-start">{t("when")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-ink-100">
                {ERROR_CODES.map((e) => (
                  <tr key={e.code}>
                    <td className="px-3 py-2 font-mono">{e.status}</td>
                    <td className="px-3 py-2 font-mono" dir="ltr">{e.code}</td>
                    <td className="px-3 py-2 text-ink-700">{t(`errors.${e.code}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>

        <section id="reference" className="space-y-4">
          <h2 className="text-xl font-semibold text-ink-900">{t("sections.reference")}</h2>
          <p className="text-sm text-ink-500">{t("referenceNote")}</p>
          {endpoints.map(({ path, method, op }) => (
            <details key={`${method} ${path}`} className="card p-4" data-testid="endpoint">
              <summary className="flex cursor-pointer flex-wrap items-center gap-3">
                <span className={`rounded px-2 py-0.5 font-mono text-xs font-bold uppercase ${method === "get" ? "bg-sky-50 text-sky-700" : method === "delete" ? "bg-red-50 text-red-700" : "bg-emerald-50 text-emerald-700"}`}>{method}</span>
                <code dir="ltr" className="font-mono text-sm font-semibold text-ink-900">{path}</code>
                <span lang="en" className="text-sm text-ink-700">{op.summary}</span>
                <span dir="ltr" className="ms-auto rounded-full bg-ink-100 px-2 py-0.5 font-mono text-xs text-ink-700">{op["x-scope"]}</span>
              </summary>
              <div className="mt-3 space-y-3 text-sm">
                {op.description ? <p lang="en" className="text-ink-700">{op.description}</p> : null}
                {op.parameters?.length ? (
                  <table className="w-full text-xs">
                    <tbody className="divide-y divide-ink-100">
                      {op.parameters.map((p: Json) => (
                        <tr key={`${p.in}-${p.name}`}>
                          <td className="py-1 pe-3 font-mono" dir="ltr">{p.name}{p.required ? " *" : ""}</td>
                          <td className="py-1 pe-3 text-ink-500">{p.in}</td>
                          <td className="py-1 font-mono text-ink-500" dir="ltr">{p.schema?.enum ? p.schema.enum.join(" | ") : p.schema?.type ?? ""}</td>
                          <td lang="en" className="py-1 ps-3 text-ink-700">{p.description ?? ""}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                ) : null}
                {op.requestBody ? <Code label={t("body")}>{JSON.stringify(Object.values(op.requestBody.content as Json)[0].schema, null, 2).slice(0, 3000)}</Code> : null}
                <p className="text-xs text-ink-500">
                  {t("responses")}:{" "}
                  <span dir="ltr" className="font-mono">
                    {Object.entries(op.responses as Json)
                      .map(([status, r]) => `${status}${(r as Json).content ? ` ${schemaName(Object.values((r as Json).content as Json)[0].schema)}` : ""}`)
                      .join(" · ")}
                  </span>
                </p>
              </div>
            </details>
          ))}
        </section>
      </article>
    </div>
  );
}
