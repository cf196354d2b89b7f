// The agent's settings (issue 10, item 1) against a real database, through the gate as the demo
// agent: fees and clocks, warehouses with their shelves, shipping lines and their rates. Every bad
// value is refused on its own field; another agent's warehouse or line is not found; a value that
// breaks one of the tables' checks comes back as a field error, not a fault; saving rates expires
// the cached shipping lines.
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { agents, memberships, organisations, shippingLineCountries, shippingLines, users, warehouses, warehouseShelves } from "@/db/schema";
import { errorCode, type ValidationError } from "@/lib/errors";
import type { Actor } from "@/lib/gate/actor";
import "@/lib/agent-settings/add-warehouse-shelves";
import "@/lib/agent-settings/get-agent-policies";
import "@/lib/agent-settings/get-line-settings";
import "@/lib/agent-settings/get-warehouse-settings";
import "@/lib/agent-settings/list-line-settings";
import "@/lib/agent-settings/list-warehouse-settings";
import "@/lib/agent-settings/remove-warehouse-shelf";
import "@/lib/agent-settings/save-shipping-line";
import "@/lib/agent-settings/save-warehouse";
import "@/lib/agent-settings/update-agent-policies";
import { createTestDatabase, type TestDatabase } from "../fixtures/test-database";

const cache = vi.hoisted(() => ({ revalidateTag: vi.fn(), updateTag: vi.fn() }));
vi.mock("next/cache", () => ({ ...cache, refresh: vi.fn(), revalidatePath: vi.fn(), cacheTag: vi.fn(), cacheLife: vi.fn() }));

let database: TestDatabase;
let agent: Actor;
let rival: Actor;
let agentId: number;
let rivalWarehouse: number;
let rivalLine: number;

const db = () => database.db;

async function actorOf(email: string): Promise<Actor> {
  const { membershipsOf } = await import("@/lib/gate/actor");
  const [user] = await db().select().from(users).where(eq(users.email, email));
  return {
    type: "user",
    ip: "198.51.100.9",
    user: { id: user.id, email: user.email, name: user.name, role: user.role, company: user.company, country: user.country, locale: user.locale, currency: user.currency, activeOrganisationId: null },
    memberships: await membershipsOf(db(), user.id),
  };
}

async function run(opName: string, actor: Actor, input: unknown) {
  const { listOperations, runOperation } = await import("@/lib/gate/operation");
  const op = listOperations().find((o) => o.name === opName);
  if (!op) throw new Error(`no operation ${opName}`);
  return runOperation(op, actor, input, { db: db(), locale: "en", headers: new Headers() });
}

/** The refusal's field keys ({ field: messageKey }) or its code. */
async function refusal(promise: Promise<unknown>): Promise<Record<string, string> | string> {
  try {
    await promise;
  } catch (error) {
    const code = errorCode(error);
    if (code === "validation") return Object.fromEntries((error as ValidationError).issues.map((i) => [i.path.join("."), i.key]));
    if (code) return code;
    throw error;
  }
  throw new Error("expected a refusal");
}

const POLICIES = {
  serviceFeePercent: "5.25", minServiceFee: "30.00", extraQcPhoto: "2.50", rehearsalPacking: "15", insurancePercent: "3",
  freeStorageDays: "60", storageFee: "5.00", qcApprovalDays: "5", deliveryConfirmDays: "30", abandonAfterDays: "365",
};
const WAREHOUSE = {
  warehouseId: "", code: "tongda-ningbo", nameZh: "宁波仓", nameEn: "Ningbo warehouse", province: "Zhejiang", city: "Ningbo", postalCode: "315000",
  address: "No. 8 Gangcheng Road, Beilun District, Ningbo", addressZh: "浙江省宁波市北仑区港城路8号", phone: "+86 574 8888 0000", active: "on",
};
const LINE = {
  lineId: "", code: "tongda-air-au", nameZh: "澳洲空运专线", nameEn: "Air – Australia", mode: "air", pricing: "parcel",
  firstWeight: "0.5", firstPrice: "80.00", stepWeight: "0.5", stepPrice: "30.00", volumetricDivisor: "6000", maxWeight: "30", maxVolume: "",
  minCharge: "0", freightTonPrice: "", container20Price: "", container40Price: "", daysMin: "7", daysMax: "12", countries: ["AU"], active: "on",
};

beforeAll(async () => {
  database = await createTestDatabase();
  (globalThis as { haozaoDatabase?: unknown }).haozaoDatabase = Promise.resolve(database);
  agent = await actorOf("agent@haozao.test");
  agentId = (agent as Extract<Actor, { type: "user" }>).memberships.find((m) => m.kind === "agent")!.organisationId;
  // A member of the other agent, to try the demo agent's ids (and the demo agent to try its).
  const [other] = await db().select().from(organisations).where(and(eq(organisations.kind, "agent"), sql`${organisations.id} <> ${agentId}`)).limit(1);
  const [user] = await db().insert(users).values({ email: "rival-agent@settings.test", name: "Rival agent" }).returning();
  await db().insert(memberships).values({ organizationId: other.id, userId: user.id, role: "owner" });
  rival = await actorOf(user.email);
  [{ id: rivalWarehouse }] = await db().select({ id: warehouses.id }).from(warehouses).where(eq(warehouses.agentId, other.id)).limit(1);
  [{ id: rivalLine }] = await db().select({ id: shippingLines.id }).from(shippingLines).where(eq(shippingLines.agentId, other.id)).limit(1);
}, 600_000);
afterAll(async () => database?.close());

describe("fees and policies", () => {
  it("saves what the agent typed in yuan, percent and days as fen, basis points and days, and revalidates the listing estimates", async () => {
    cache.revalidateTag.mockClear();
    await run("agentSettings.updatePolicies", agent, POLICIES);
    const [row] = await db().select().from(agents).where(eq(agents.organisationId, agentId));
    expect(row).toMatchObject({
      serviceFeeBps: 525, minServiceFeeFen: 3000, extraQcPhotoFen: 250, rehearsalPackingFen: 1500, insuranceBps: 300,
      freeStorageDays: 60, storageFeeFenPerItemMonth: 500, qcApprovalDays: 5, deliveryConfirmDays: 30, abandonAfterDays: 365,
    });
    expect(cache.revalidateTag).toHaveBeenCalledWith("agents", { expire: 0 });
    const view = (await run("agentSettings.getPolicies", agent, {})) as { form: Record<string, string> };
    expect(view.form).toMatchObject({ serviceFeePercent: "5.25", minServiceFee: "30.00", extraQcPhoto: "2.50", freeStorageDays: "60" });
  });

  it("refuses every bad value on its own field", async () => {
    const cases: [string, string, string][] = [
      ["serviceFeePercent", "31", "settingsPercent"],
      ["serviceFeePercent", "5.255", "settingsPercent"],
      ["serviceFeePercent", "-1", "settingsPercent"],
      ["minServiceFee", "12.345", "settingsMoney"],
      ["minServiceFee", "abc", "settingsMoney"],
      ["extraQcPhoto", "1000.01", "settingsMoney"],
      ["rehearsalPacking", "", "settingsMoney"],
      ["insurancePercent", "20.5", "settingsPercent"],
      ["freeStorageDays", "366", "settingsDays"],
      ["freeStorageDays", "1.5", "settingsDays"],
      ["storageFee", "-5", "settingsMoney"],
      ["qcApprovalDays", "0", "settingsDays"],
      ["deliveryConfirmDays", "121", "settingsDays"],
      ["abandonAfterDays", "29", "settingsDays"],
    ];
    for (const [field, value, key] of cases) {
      expect(await refusal(run("agentSettings.updatePolicies", agent, { ...POLICIES, [field]: value })), `${field}=${value}`).toEqual({ [field]: key });
    }
    // Abandonment comes after the free storage has run out.
    expect(await refusal(run("agentSettings.updatePolicies", agent, { ...POLICIES, freeStorageDays: "90", abandonAfterDays: "90" }))).toEqual({ abandonAfterDays: "settingsAbandonAfterFree" });
    const [row] = await db().select().from(agents).where(eq(agents.organisationId, agentId));
    expect(row.freeStorageDays).toBe(60);
  });

  it("is for agents only", async () => {
    const buyer = await actorOf("buyer@haozao.test");
    expect(await refusal(run("agentSettings.updatePolicies", buyer, POLICIES))).toBe("not_found");
  });

  it("turns the table's own checks into field errors", async () => {
    const { updateAgentPolicies } = await import("@/lib/agent-settings/update-agent-policies");
    const input = { serviceFeePercent: 10_001, minServiceFee: 0, extraQcPhoto: 0, rehearsalPacking: 0, insurancePercent: 0, freeStorageDays: 0, storageFee: 0, qcApprovalDays: 1, deliveryConfirmDays: 1, abandonAfterDays: 30 };
    expect(await refusal(updateAgentPolicies(db(), agentId, input))).toEqual({ serviceFeePercent: "settingsPercent" });
    expect(await refusal(updateAgentPolicies(db(), agentId, { ...input, serviceFeePercent: 0, minServiceFee: -1 }))).toEqual({ minServiceFee: "settingsMoney" });
  });
});

describe("warehouses and shelves", () => {
  let created: number;

  it("creates a warehouse, and refuses a code another warehouse on the platform has", async () => {
    const result = (await run("agentSettings.saveWarehouse", agent, WAREHOUSE)) as { warehouseId: number; created: boolean };
    expect(result.created).toBe(true);
    created = result.warehouseId;
    const [row] = await db().select().from(warehouses).where(eq(warehouses.id, created));
    expect(row).toMatchObject({ agentId, code: "tongda-ningbo", name: { zh: "宁波仓", en: "Ningbo warehouse" }, addressZh: WAREHOUSE.addressZh, phone: WAREHOUSE.phone, active: true });
    // Another agent's code (unique across the platform), in any case.
    const [theirs] = await db().select({ code: warehouses.code }).from(warehouses).where(eq(warehouses.id, rivalWarehouse));
    expect(await refusal(run("agentSettings.saveWarehouse", agent, { ...WAREHOUSE, code: theirs.code.toUpperCase() }))).toEqual({ code: "warehouseCodeTaken" });
  });

  it("refuses every bad field", async () => {
    const cases: [string, unknown, string][] = [
      ["code", "", "warehouseCode"],
      ["code", "bad code!", "warehouseCode"],
      ["code", "x".repeat(21), "warehouseCode"],
      ["nameZh", "", "required"],
      ["nameEn", "x".repeat(61), "tooLong"],
      ["province", "  ", "required"],
      ["postalCode", "31500", "warehousePostalCode"],
      ["address", "", "required"],
      ["addressZh", "", "required"],
      ["phone", "call me", "warehousePhone"],
      ["warehouseId", "abc", "invalid"],
    ];
    for (const [field, value, key] of cases) {
      expect(await refusal(run("agentSettings.saveWarehouse", agent, { ...WAREHOUSE, [field]: value })), `${field}=${value}`).toEqual({ [field]: key });
    }
  });

  it("edits its own warehouse, keeping the names in other languages, and deactivates it for new checkouts while open orders go on", async () => {
    const [yiwu] = await db().select().from(warehouses).where(and(eq(warehouses.agentId, agentId), eq(warehouses.code, "tongda-yiwu")));
    // An unchecked box is not sent at all.
    const { active: _checked, ...form } = { ...WAREHOUSE, warehouseId: String(yiwu.id), code: yiwu.code, nameZh: "义乌一号仓", nameEn: yiwu.name.en!, postalCode: yiwu.postalCode };
    const result = (await run("agentSettings.saveWarehouse", agent, form)) as { openOrders: number };
    expect(result.openOrders).toBeGreaterThan(0); // the demo buyer's orders there
    const [row] = await db().select().from(warehouses).where(eq(warehouses.id, yiwu.id));
    expect(row.active).toBe(false);
    expect(row.name).toMatchObject({ zh: "义乌一号仓", en: yiwu.name.en, ar: yiwu.name.ar });
    const { checkoutOptions } = await import("@/lib/checkout/checkout-options");
    expect((await checkoutOptions(db(), "en")).warehouses.map((w) => w.id)).not.toContain(yiwu.id);
    await run("agentSettings.saveWarehouse", agent, { ...form, active: "on" });
    expect((await checkoutOptions(db(), "en")).warehouses.map((w) => w.id)).toContain(yiwu.id);
  });

  it("answers not found for another agent's warehouse, reading or writing", async () => {
    expect(await refusal(run("agentSettings.getWarehouse", agent, { warehouseId: String(rivalWarehouse) }))).toBe("not_found");
    expect(await refusal(run("agentSettings.saveWarehouse", agent, { ...WAREHOUSE, code: "stolen", warehouseId: String(rivalWarehouse) }))).toBe("not_found");
    expect(await refusal(run("agentSettings.addShelves", agent, { warehouseId: String(rivalWarehouse), codes: "Z-1" }))).toBe("not_found");
    expect(await refusal(run("agentSettings.removeShelf", rival, { warehouseId: String(created), code: "A-01-1" }))).toBe("not_found");
    const [row] = await db().select().from(warehouses).where(eq(warehouses.id, rivalWarehouse));
    expect(row.code).not.toBe("stolen");
  });

  it("adds shelves (upper-cased, each once), lists what each holds, and refuses bad codes", async () => {
    const added = (await run("agentSettings.addShelves", agent, { warehouseId: String(created), codes: "c-01-1, C-01-2\nC-01-1  C-01-3" })) as { added: string[] };
    expect(added.added.sort()).toEqual(["C-01-1", "C-01-2", "C-01-3"]);
    expect(((await run("agentSettings.addShelves", agent, { warehouseId: String(created), codes: "C-01-3 C-01-4" })) as { added: string[] }).added).toEqual(["C-01-4"]);
    const view = (await run("agentSettings.getWarehouse", agent, { warehouseId: String(created) })) as { shelves: { code: string; items: number }[] };
    expect(view.shelves).toEqual(["C-01-1", "C-01-2", "C-01-3", "C-01-4"].map((code) => ({ code, items: 0 })));
    expect(await refusal(run("agentSettings.addShelves", agent, { warehouseId: String(created), codes: "A-1 b_2" }))).toEqual({ codes: "shelfCode" });
    expect(await refusal(run("agentSettings.addShelves", agent, { warehouseId: String(created), codes: " ,\n" }))).toEqual({ codes: "required" });
    expect(await refusal(run("agentSettings.addShelves", agent, { warehouseId: String(created), codes: Array.from({ length: 201 }, (_, i) => `S-${i}`).join(" ") }))).toEqual({ codes: "shelfTooMany" });
  });

  it("offers the seeded shelves with their goods, and refuses to remove a shelf that holds goods", async () => {
    const [yiwu] = await db().select().from(warehouses).where(and(eq(warehouses.agentId, agentId), eq(warehouses.code, "tongda-yiwu")));
    const view = (await run("agentSettings.getWarehouse", agent, { warehouseId: String(yiwu.id) })) as { shelves: { code: string; items: number }[] };
    expect(view.shelves.length).toBe(24);
    const holding = view.shelves.find((s) => s.items > 0)!;
    expect(holding).toBeDefined(); // the seed stores demo goods on A-02-x
    expect(await refusal(run("agentSettings.removeShelf", agent, { warehouseId: String(yiwu.id), code: holding.code }))).toBe("conflict");
    const empty = view.shelves.find((s) => s.items === 0)!;
    await run("agentSettings.removeShelf", agent, { warehouseId: String(yiwu.id), code: empty.code.toLowerCase() });
    expect(await db().select().from(warehouseShelves).where(and(eq(warehouseShelves.warehouseId, yiwu.id), eq(warehouseShelves.code, empty.code)))).toEqual([]);
    expect(await refusal(run("agentSettings.removeShelf", agent, { warehouseId: String(yiwu.id), code: empty.code }))).toBe("not_found");
  });
});

describe("shipping lines and rates", () => {
  let lineId: number;

  it("creates a line with its countries, prices it with checkout's function, and revalidates cached shipping lines", async () => {
    cache.revalidateTag.mockClear();
    const result = (await run("agentSettings.saveLine", agent, LINE)) as { lineId: number };
    lineId = result.lineId;
    expect(cache.revalidateTag).toHaveBeenCalledWith("shipping-lines", { expire: 0 });
    const [row] = await db().select().from(shippingLines).where(eq(shippingLines.id, lineId));
    expect(row).toMatchObject({ agentId, firstWeightG: 500, firstPriceFen: 8000, stepG: 500, stepPriceFen: 3000, volumetricDivisor: 6000, maxWeightG: 30_000, maxVolumeL: null, daysMin: 7, daysMax: 12 });
    const { listShippingLines } = await import("@/lib/shipping/shipping-lines");
    const listed = (await listShippingLines(db(), "en")).find((l) => l.id === lineId)!;
    expect(listed.countries).toEqual(["AU"]);
    const { quoteLine } = await import("@/lib/shipping/chargeable-weight");
    const { previewLine } = await import("@/lib/shipping/rate-preview");
    const { ratesFromForm } = await import("@/lib/agent-settings/line-form");
    const preview = previewLine(ratesFromForm(LINE)!);
    // 2.3 kg: first 0.5 kg, then 4 steps of 0.5 kg = 80 + 4 x 30 yuan; the same as checkout's quote of the saved line.
    const sample = preview.find((p) => p.weightG === 2300)!;
    expect(sample.quote.costFen).toBe(8000 + 4 * 3000);
    expect(sample.quote.costFen).toBe(quoteLine({ weightG: 2300, box: { lengthMm: 215, widthMm: 215, heightMm: 215 } }, listed).costFen);
    expect(preview.find((p) => p.weightG === 50_000)!.quote.refusal).toBe("tooHeavy");
  });

  it("edits the rates of its own line", async () => {
    const { active: _checked, ...unchecked } = LINE; // an unchecked box is not sent at all
    await run("agentSettings.saveLine", agent, { ...unchecked, lineId: String(lineId), stepPrice: "25.50", countries: ["AU", "JP"] });
    const [row] = await db().select().from(shippingLines).where(eq(shippingLines.id, lineId));
    expect(row.stepPriceFen).toBe(2550);
    expect(row.active).toBe(false);
    expect((await db().select().from(shippingLineCountries).where(eq(shippingLineCountries.lineId, lineId))).map((c) => c.country).sort()).toEqual(["AU", "JP"]);
    const view = (await run("agentSettings.getLine", agent, { lineId: String(lineId) })) as { form: Record<string, unknown> };
    expect(view.form).toMatchObject({ stepPrice: "25.50", firstWeight: "0.5", maxVolume: "", countries: ["AU", "JP"], active: false });
  });

  it("saves LCL and container lines with the prices their pricing needs", async () => {
    const lcl = { ...LINE, code: "tongda-lcl-au", mode: "sea", pricing: "lcl", freightTonPrice: "550", minCharge: "800", maxWeight: "10000", maxVolume: "15" };
    const { lineId: id } = (await run("agentSettings.saveLine", agent, lcl)) as { lineId: number };
    const [row] = await db().select().from(shippingLines).where(eq(shippingLines.id, id));
    expect(row).toMatchObject({ pricing: "lcl", freightTonPriceFen: 55_000, minChargeFen: 80_000, maxVolumeL: 15_000 });
    expect(await refusal(run("agentSettings.saveLine", agent, { ...lcl, code: "x-lcl", freightTonPrice: "" }))).toEqual({ freightTonPrice: "lineFreightTonRequired" });
    expect(await refusal(run("agentSettings.saveLine", agent, { ...lcl, code: "x-fcl", pricing: "container" }))).toEqual({ container20Price: "lineContainerRequired" });
  });

  it("refuses every bad field", async () => {
    const cases: [string, unknown, string][] = [
      ["code", "", "lineCode"],
      ["code", "tongda-express-na", "lineCodeTaken"],
      ["nameZh", "", "required"],
      ["mode", "rocket", "lineMode"],
      ["pricing", "free", "linePricing"],
      ["firstWeight", "0", "settingsWeight"],
      ["firstWeight", "0.0005", "settingsWeight"],
      ["firstPrice", "-1", "settingsMoney"],
      ["stepWeight", "", "settingsWeight"],
      ["stepPrice", "1.234", "settingsMoney"],
      ["volumetricDivisor", "999", "lineDivisor"],
      ["maxWeight", "0.25", "lineMaxWeight"],
      ["maxVolume", "0", "settingsVolume"],
      ["minCharge", "x", "settingsMoney"],
      ["freightTonPrice", "-3", "settingsMoneyOptional"],
      ["daysMin", "400", "settingsDays"],
      ["daysMax", "3", "lineDaysOrder"],
      ["countries", [], "lineCountries"],
      ["countries", ["AU", "XX"], "lineCountries"],
    ];
    for (const [field, value, key] of cases) {
      expect(await refusal(run("agentSettings.saveLine", agent, { ...LINE, code: field === "code" ? value : "tongda-air-au-2", [field]: value })), `${field}=${value}`).toEqual({ [field]: key });
    }
  });

  it("answers not found for another agent's line, and keeps it as it was", async () => {
    expect(await refusal(run("agentSettings.getLine", agent, { lineId: String(rivalLine) }))).toBe("not_found");
    expect(await refusal(run("agentSettings.saveLine", agent, { ...LINE, code: "stolen-line", lineId: String(rivalLine) }))).toBe("not_found");
    expect(await refusal(run("agentSettings.getLine", rival, { lineId: String(lineId) }))).toBe("not_found");
    const [row] = await db().select().from(shippingLines).where(eq(shippingLines.id, rivalLine));
    expect(row.code).not.toBe("stolen-line");
  });

  it("turns each of the table's checks into a field error, never a fault", async () => {
    const { saveShippingLine } = await import("@/lib/agent-settings/save-shipping-line");
    const { lineFormSchema } = await import("@/lib/agent-settings/line-schema");
    const base = lineFormSchema.parse({ ...LINE, code: "tongda-check" });
    const cases: [Partial<typeof base>, Record<string, string>][] = [
      [{ maxWeight: 100 }, { maxWeight: "lineMaxWeight" }],
      [{ stepWeight: 0 }, { maxWeight: "lineMaxWeight" }],
      [{ firstPrice: -1 }, { firstPrice: "notNegative", stepPrice: "notNegative" }],
      [{ volumetricDivisor: 0 }, { volumetricDivisor: "lineDivisor" }],
      [{ minCharge: -1 }, { minCharge: "notNegative" }],
      [{ pricing: "lcl", freightTonPrice: null }, { freightTonPrice: "lineFreightTonRequired" }],
      [{ pricing: "container", container20Price: null, container40Price: null }, { container20Price: "lineContainerRequired" }],
      [{ daysMin: 9, daysMax: 3 }, { daysMax: "lineDaysOrder" }],
      [{ code: "tongda-express-na" }, { code: "lineCodeTaken" }],
    ];
    for (const [change, fields] of cases) {
      expect(await refusal(saveShippingLine(db(), agentId, { ...base, ...change })), JSON.stringify(change)).toEqual(fields);
    }
    expect(await db().select().from(shippingLines).where(eq(shippingLines.code, "tongda-check"))).toEqual([]);
  });
});
