import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { StatusPill } from "@/components/ui/status-pill";
import { addQcPhotosAction, matchParcelAction, recordQcAction, storeGoodsAction } from "@/components/warehouse/actions";
import { GateForm } from "@/components/warehouse/gate-form";
import { parcelTone } from "@/components/warehouse/tones";
import { Link } from "@/i18n/navigation";
import { pageRead } from "@/lib/gate/next";
import { privatePageMetadata } from "@/lib/page-metadata";
import { shopContext, type ShopParams } from "@/lib/page-context";
import { getParcelOp } from "@/lib/warehouse/get-parcel";
import { FREE_QC_PHOTOS } from "@/lib/warehouse/qc-photos";
import { DEFECT_TAGS } from "@/lib/warehouse/record-qc";

export const dynamic = "force-dynamic";
export const generateMetadata = privatePageMetadata("Warehouse", "parcel.title");

export default async function ParcelPage({ params }: { params: Promise<ShopParams & { id: string }> }) {
  const { locale } = await shopContext(params);
  const { id } = await params;
  const view = await pageRead(getParcelOp, { parcelId: id }, locale, `/agent/parcels/${id}`);
  const t = await getTranslations({ locale, namespace: "Warehouse.parcel" });
  const tp = await getTranslations({ locale, namespace: "Warehouse.parcelStatus" });
  const tTag = await getTranslations({ locale, namespace: "Warehouse.defects" });
  const tEv = await getTranslations({ locale, namespace: "Warehouse.events" });
  const format = await getFormatter({ locale });
  const { parcel, purchaseOrder: po } = view;
  const shelfChoices = view.shelves.map((s) => ({ value: s.code, label: t("shelfHolds", { shelf: s.code, count: s.items }) }));
  const canQc = parcel.purchaseOrderId != null && ["received", "qc_passed", "qc_failed"].includes(parcel.status);
  return (
    <ClientMessages locale={locale} namespaces={[]}>
      <div className="space-y-6">
        <nav className="text-sm text-ink-500"><Link href="/agent/inbound" className="hover:text-brand-700">{t("back")}</Link></nav>
        <div className="flex flex-wrap items-center gap-3">
          <h2 className="font-mono text-2xl font-bold" dir="ltr" data-testid="parcel-tracking">{parcel.trackingNumber}</h2>
          <StatusPill tone={parcelTone(parcel.status)} label={tp(parcel.status)} status={parcel.status} testId="parcel-status" />
        </div>
        <dl className="grid gap-2 text-sm sm:grid-cols-3">
          <div><dt className="text-ink-500">{t("po")}</dt><dd className="font-mono">{po ? `${po.number}` : t("unmatched")}</dd></div>
          <div><dt className="text-ink-500">{t("factory")}</dt><dd>{po?.factoryName ?? "—"}</dd></div>
          <div><dt className="text-ink-500">{t("received")}</dt><dd>{parcel.receivedAt ? format.dateTime(parcel.receivedAt, { dateStyle: "medium", timeStyle: "short" }) : "—"} · {view.warehouseCode}</dd></div>
        </dl>

        {parcel.purchaseOrderId == null ? (
          <section className="card p-4">
            <h3 className="font-semibold">{t("matchTitle")}</h3>
            <p className="text-sm text-ink-500">{t("matchHint")}</p>
            <GateForm action={matchParcelAction} hidden={{ parcelId: parcel.id }} testId="match-form" className="mt-3 flex flex-wrap items-end gap-3"
              fields={[{ kind: "text", name: "purchaseOrderNumber", label: t("poNumber"), dir: "ltr" }]} submitLabel={t("match")} />
          </section>
        ) : null}

        {view.lines.map((line) => (
          <section key={line.orderLineId} className="card p-4" data-testid="parcel-line" data-order-number={line.orderNumber}>
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 className="font-semibold">{line.title}</h3>
              <span className="text-xs text-ink-500">{line.options} · {line.orderNumber} · {line.buyerName}</span>
            </div>
            <p className="text-sm text-ink-700">{t("expected", { count: line.expected })}</p>
            {line.check ? (
              <div className="mt-3 space-y-2 text-sm" data-testid="qc-record">
                <p>
                  <StatusPill tone={line.check.result === "passed" ? "done" : "closed"} label={t(`result.${line.check.result}`)} status={line.check.result} testId="qc-result" />{" "}
                  {t("counted", { counted: line.check.countedQuantity, expected: line.check.expectedQuantity })}
                  {line.check.countedQuantity !== line.check.expectedQuantity ? <span className="ms-2 font-semibold text-amber-700" data-testid="qc-difference">{line.check.countedQuantity < line.check.expectedQuantity ? t("short", { count: line.check.expectedQuantity - line.check.countedQuantity }) : t("over", { count: line.check.countedQuantity - line.check.expectedQuantity })}</span> : null}
                </p>
                {line.check.defectTags.length ? <p className="text-ink-700">{line.check.defectTags.map((d) => tTag(d as (typeof DEFECT_TAGS)[number])).join(" · ")}</p> : null}
                {line.check.note ? <p className="text-ink-700">{line.check.note}</p> : null}
                <div className="flex flex-wrap gap-2">
                  {line.photos.map((key) => (
                    // eslint-disable-next-line @next/next/no-img-element
                    <img key={key} src={`/media/${key}`} alt={t("photoAlt")} className="h-24 w-24 rounded-lg border border-ink-100 object-cover" data-testid="qc-photo" />
                  ))}
                </div>
                {(() => {
                  const allowed = FREE_QC_PHOTOS + line.check.extraPhotosOrdered;
                  const open = allowed - line.photos.length;
                  const atWarehouse = ["qc_passed", "qc_failed", "stored"].includes(line.status);
                  return (
                    <div className="space-y-2" data-testid="qc-photo-slots">
                      {line.check.extraPhotosOrdered ? (
                        <p className={open > 0 ? "font-semibold text-amber-800" : "text-ink-700"} data-testid="extra-photo-request">
                          {t("extraRequested", { count: line.check.extraPhotosOrdered, open: Math.max(0, open), allowed })}
                        </p>
                      ) : null}
                      {atWarehouse && open > 0 ? (
                        <GateForm action={addQcPhotosAction} hidden={{ qcCheckId: line.check.id }} testId={`add-photos-${line.orderLineId}`} className="flex flex-wrap items-end gap-3"
                          fields={[{ kind: "file", name: "photos", label: t("addPhotos", { open }), multiple: true, capture: true, hint: t("addPhotosHint", { count: line.photos.length, allowed }) }]}
                          submitLabel={t("uploadPhotos")} submitClassName="btn-secondary" />
                      ) : null}
                    </div>
                  );
                })()}
                <p className="text-ink-700" data-testid="buyer-decision">
                  {line.check.buyerDecision ? t(`decision.${line.check.buyerDecision}` as "decision.accept") : t("awaitingBuyer", { date: line.check.approvalDueAt ? format.dateTime(line.check.approvalDueAt, { dateStyle: "medium" }) : "—" })}
                  {line.check.shelf ? <span className="ms-2 font-mono" data-testid="shelf">{t("shelfAt", { shelf: line.check.shelf })}</span> : null}
                </p>
                {line.check.buyerDecision === "accept" && !line.check.storedAt ? (
                  <GateForm action={storeGoodsAction} hidden={{ qcCheckId: line.check.id }} testId={`store-form-${line.orderLineId}`} className="flex flex-wrap items-end gap-3"
                    fields={[{ kind: "text", name: "shelf", label: t("shelf"), placeholder: view.shelves[0]?.code ?? "A-01-3", dir: "ltr", suggestions: shelfChoices }]} submitLabel={t("store")} />
                ) : null}
              </div>
            ) : canQc && !line.rejected ? (
              <GateForm
                action={recordQcAction}
                hidden={{ parcelId: parcel.id, orderLineId: line.orderLineId }}
                testId={`qc-form-${line.orderLineId}`}
                className="mt-3 grid gap-3 sm:grid-cols-2"
                fields={[
                  { kind: "number", name: "countedQuantity", label: t("countedLabel"), defaultValue: String(line.expected), inputMode: "numeric" },
                  { kind: "text", name: "measurements", label: t("measurements"), placeholder: t("measurementsHint") },
                  { kind: "checkbox", name: "optionsMatch", label: t("optionsMatch"), defaultChecked: true },
                  { kind: "checkbox", name: "defectsFound", label: t("defectsFound") },
                  { kind: "checkboxes", name: "defectTags", label: t("defectTags"), options: DEFECT_TAGS.map((d) => ({ value: d, label: tTag(d) })) },
                  { kind: "textarea", name: "note", label: t("note") },
                  { kind: "file", name: "photos", label: t("photos"), multiple: true, capture: true, hint: t("photosHint") },
                  { kind: "radio", name: "result", label: t("resultLabel"), options: [{ value: "passed", label: t("result.passed") }, { value: "failed", label: t("result.failed") }] },
                ]}
                submitLabel={t("saveQc")}
              />
            ) : null}
          </section>
        ))}

        <section className="card p-4">
          <h3 className="font-semibold">{t("history")}</h3>
          <ol className="mt-2 space-y-1 text-sm" data-testid="parcel-events">
            {view.events.map((e) => (
              <li key={e.id} data-kind={e.kind}><span className="text-ink-500">{format.dateTime(e.createdAt, { dateStyle: "short", timeStyle: "short" })}</span> · {tEv.has(e.kind) ? tEv(e.kind) : e.kind}</li>
            ))}
          </ol>
        </section>
      </div>
    </ClientMessages>
  );
}
