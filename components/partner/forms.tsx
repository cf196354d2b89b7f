"use client";
// The partner settings' forms (client leaves: they show what the server answered).
import { useTranslations } from "next-intl";
import { createKeyAction, createWebhookAction, deleteWebhookAction, resendDeliveryAction, revokeKeyAction, topupAction } from "@/components/partner/actions";
import type { FormState } from "@/lib/forms/form-state";
import { FieldError, SettingsForm } from "./settings-form";

const SCOPES = ["catalog:read", "orders:write", "webhooks:manage"] as const;
const EVENTS = ["order.paid", "order.purchased", "parcel.received", "qc.ready", "shipment.packed", "shipment.shipped", "shipment.delivered", "order.refunded"] as const;
const input = "mt-1 block w-full rounded-lg border border-ink-200 px-3 py-2 text-sm";

/** A box of a checkbox group: as the user left it after a refusal, else its default. */
const keptChecked = (state: FormState, name: string, value: string, otherwise: boolean) =>
  state.status === "error" ? (state.values[name] ?? "").split(",").includes(value) : otherwise;

function ModeSelect({ value }: { value?: string }) {
  const t = useTranslations("Partner");
  return (
    <label className="block text-sm font-medium text-ink-700">
      {t("mode")}
      <select name="mode" defaultValue={value ?? "test"} className={input}>
        <option value="test">{t("modes.test")}</option>
        <option value="live">{t("modes.live")}</option>
      </select>
    </label>
  );
}

export function CreateKeyForm() {
  const t = useTranslations("Partner");
  return (
    <SettingsForm action={createKeyAction} submit={t("keys.create")} secretLabel={t("keys.newKey")} testId="create-key">
      {(state) => (
        <div className="grid gap-3 sm:grid-cols-2">
          <label className="block text-sm font-medium text-ink-700">
            {t("keys.name")}
            <input name="name" defaultValue={state.values.name} maxLength={80} className={input} placeholder={t("keys.namePlaceholder")} />
            <FieldError state={state} name="name" />
          </label>
          <ModeSelect value={state.values.mode} />
          <fieldset className="sm:col-span-2">
            <legend className="text-sm font-medium text-ink-700">{t("keys.scopes")}</legend>
            <div className="mt-1 flex flex-wrap gap-4">
              {SCOPES.map((scope) => (
                <label key={scope} className="flex items-center gap-2 text-sm text-ink-700">
                  <input type="checkbox" name="scopes" value={scope} defaultChecked={keptChecked(state, "scopes", scope, scope !== "webhooks:manage")} />
                  <code dir="ltr">{scope}</code>
                  <span className="text-xs text-ink-500">{t(`scopeHelp.${scope.replace(":", "_")}`)}</span>
                </label>
              ))}
            </div>
            <FieldError state={state} name="scopes" />
          </fieldset>
        </div>
      )}
    </SettingsForm>
  );
}

export function RevokeKeyButton({ keyId }: { keyId: number }) {
  const t = useTranslations("Partner");
  return (
    <SettingsForm action={revokeKeyAction} submit={t("keys.revoke")} compact testId="revoke-key">
      {() => <input type="hidden" name="keyId" value={keyId} />}
    </SettingsForm>
  );
}

export function CreateWebhookForm() {
  const t = useTranslations("Partner");
  return (
    <SettingsForm action={createWebhookAction} submit={t("webhooks.create")} secretLabel={t("webhooks.secret")} testId="create-webhook">
      {(state) => (
        <div className="grid gap-3 sm:grid-cols-2">
          <label className="block text-sm font-medium text-ink-700">
            {t("webhooks.url")}
            <input name="url" type="url" dir="ltr" defaultValue={state.values.url} className={input} placeholder="https://shop.example/haozao-webhooks" />
            <FieldError state={state} name="url" />
          </label>
          <ModeSelect value={state.values.mode} />
          <fieldset className="sm:col-span-2">
            <legend className="text-sm font-medium text-ink-700">{t("webhooks.events")}</legend>
            <div className="mt-1 grid gap-1 sm:grid-cols-2">
              {EVENTS.map((event) => (
                <label key={event} className="flex items-center gap-2 text-sm text-ink-700">
                  <input type="checkbox" name="events" value={event} defaultChecked={keptChecked(state, "events", event, true)} />
                  <code dir="ltr">{event}</code>
                </label>
              ))}
            </div>
            <FieldError state={state} name="events" />
          </fieldset>
        </div>
      )}
    </SettingsForm>
  );
}

export function DeleteWebhookButton({ endpointId }: { endpointId: number }) {
  const t = useTranslations("Partner");
  return (
    <SettingsForm action={deleteWebhookAction} submit={t("webhooks.delete")} compact>
      {() => <input type="hidden" name="endpointId" value={endpointId} />}
    </SettingsForm>
  );
}

export function ResendButton({ deliveryId }: { deliveryId: number }) {
  const t = useTranslations("Partner");
  return (
    <SettingsForm action={resendDeliveryAction} submit={t("webhooks.resend")} compact testId="resend-delivery">
      {() => <input type="hidden" name="deliveryId" value={deliveryId} />}
    </SettingsForm>
  );
}

export function TopupForm({ currencies }: { currencies: readonly string[] }) {
  const t = useTranslations("Partner");
  return (
    <SettingsForm action={topupAction} submit={t("balance.topup")} secretLabel={t("balance.checkout")} testId="topup">
      {(state) => (
        <div className="grid gap-3 sm:grid-cols-3">
          <ModeSelect value={state.values.mode} />
          <label className="block text-sm font-medium text-ink-700">
            {t("balance.currency")}
            <select name="currency" defaultValue={state.values.currency ?? "USD"} className={input}>
              {currencies.map((c) => (
                <option key={c} value={c}>{c}</option>
              ))}
            </select>
          </label>
          <label className="block text-sm font-medium text-ink-700">
            {t("balance.amount")}
            <input name="amount" inputMode="decimal" dir="ltr" defaultValue={state.values.amount} className={input} placeholder="100.00" />
            <FieldError state={state} name="amount" />
          </label>
        </div>
      )}
    </SettingsForm>
  );
}
