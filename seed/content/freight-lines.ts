// Freight lines of the demo agents (SPEC 7): wholesale quantities travel as sea LCL (per freight ton
// W/M with a minimum), full containers (flat rate each) or rail/truck freight per kg, beside the
// courier lines of factories.ts. Rates are plausible 2026 forwarder prices in CNY fen.
import type { ShippingLineSeed } from "../types";
import { L } from "./builders";

/** Columns a freight line does not use for its price (the parcel steps), kept valid for the table. */
const noSteps = { firstWeightG: 1000, firstPriceFen: 0, stepG: 1000, stepPriceFen: 0, volumetricDivisor: 6000 } as const;
/** Rail and truck freight: per kg, with 1 m³ counted as 333 kg (divisor 3,000 cm³/kg). */
const perKg = (fen: number) => ({ firstWeightG: 1000, firstPriceFen: fen, stepG: 1000, stepPriceFen: fen, volumetricDivisor: 3000 });

export const freightLines: ShippingLineSeed[] = [
  {
    key: "tongda-lcl-na",
    agent: "tongda",
    name: L("Sea LCL – USA & Canada", "美加海运拼箱", "Далайн тээвэр, бөөн ачаа (LCL) – АНУ, Канад", "Морской сборный груз (LCL) — США и Канада", "海上混載便 LCL（米国・カナダ）", "해상 LCL 혼재 – 미국·캐나다", "Marítimo grupaje LCL – EE. UU. y Canadá", "Maritime groupage LCL – États-Unis et Canada", "شحن بحري مجمّع LCL – الولايات المتحدة وكندا", "Đường biển hàng lẻ LCL – Mỹ và Canada"),
    mode: "sea", pricing: "lcl", countries: ["US", "CA"],
    ...noSteps, freightTonPriceFen: 60000, minChargeFen: 90000, maxWeightG: 10_000_000, maxVolumeL: 15_000, daysMin: 30, daysMax: 45,
  },
  {
    key: "tongda-lcl-eu",
    agent: "tongda",
    name: L("Sea LCL – Europe", "欧洲海运拼箱", "Далайн тээвэр, бөөн ачаа (LCL) – Европ", "Морской сборный груз (LCL) — Европа", "海上混載便 LCL（ヨーロッパ）", "해상 LCL 혼재 – 유럽", "Marítimo grupaje LCL – Europa", "Maritime groupage LCL – Europe", "شحن بحري مجمّع LCL – أوروبا", "Đường biển hàng lẻ LCL – châu Âu"),
    mode: "sea", pricing: "lcl", countries: ["GB", "DE", "FR", "ES"],
    ...noSteps, freightTonPriceFen: 65000, minChargeFen: 100000, maxWeightG: 10_000_000, maxVolumeL: 15_000, daysMin: 35, daysMax: 48,
  },
  {
    key: "tongda-lcl-ae",
    agent: "tongda",
    name: L("Sea LCL – UAE", "阿联酋海运拼箱", "Далайн тээвэр, бөөн ачаа (LCL) – АНЭУ", "Морской сборный груз (LCL) — ОАЭ", "海上混載便 LCL（アラブ首長国連邦）", "해상 LCL 혼재 – 아랍에미리트", "Marítimo grupaje LCL – Emiratos Árabes Unidos", "Maritime groupage LCL – Émirats arabes unis", "شحن بحري مجمّع LCL – الإمارات", "Đường biển hàng lẻ LCL – UAE"),
    mode: "sea", pricing: "lcl", countries: ["AE"],
    ...noSteps, freightTonPriceFen: 45000, minChargeFen: 70000, maxWeightG: 10_000_000, maxVolumeL: 15_000, daysMin: 22, daysMax: 30,
  },
  {
    key: "tongda-fcl-na",
    agent: "tongda",
    name: L("Full container – USA & Canada", "美加海运整柜", "Бүтэн чингэлэг – АНУ, Канад", "Полный контейнер — США и Канада", "コンテナ貸切便 FCL（米国・カナダ）", "컨테이너 단독 FCL – 미국·캐나다", "Contenedor completo – EE. UU. y Canadá", "Conteneur complet – États-Unis et Canada", "حاوية كاملة – الولايات المتحدة وكندا", "Nguyên container – Mỹ và Canada"),
    mode: "sea", pricing: "container", countries: ["US", "CA"],
    ...noSteps, container20PriceFen: 2_100_000, container40PriceFen: 3_600_000, maxWeightG: 520_000_000, maxVolumeL: null, daysMin: 28, daysMax: 40,
  },
  {
    key: "tongda-fcl-eu",
    agent: "tongda",
    name: L("Full container – Europe", "欧洲海运整柜", "Бүтэн чингэлэг – Европ", "Полный контейнер — Европа", "コンテナ貸切便 FCL（ヨーロッパ）", "컨테이너 단독 FCL – 유럽", "Contenedor completo – Europa", "Conteneur complet – Europe", "حاوية كاملة – أوروبا", "Nguyên container – châu Âu"),
    mode: "sea", pricing: "container", countries: ["GB", "DE", "FR", "ES"],
    ...noSteps, container20PriceFen: 1_950_000, container40PriceFen: 3_400_000, maxWeightG: 520_000_000, maxVolumeL: null, daysMin: 32, daysMax: 45,
  },
  {
    key: "tongda-rail-freight-eu",
    agent: "tongda",
    name: L("Rail freight – Europe (per kg)", "中欧班列铁路货运（按公斤）", "Төмөр замын ачаа – Европ (кг-аар)", "Ж/д грузоперевозка — Европа (за кг)", "鉄道貨物便（ヨーロッパ・kg単位）", "철도 화물 – 유럽 (kg당)", "Carga ferroviaria – Europa (por kg)", "Fret ferroviaire – Europe (au kg)", "شحن بالقطار – أوروبا (بالكيلوغرام)", "Hàng đường sắt – châu Âu (theo kg)"),
    mode: "rail", pricing: "freight_kg", countries: ["DE", "FR", "ES"],
    ...perKg(1400), minChargeFen: 140000, maxWeightG: 20_000_000, maxVolumeL: 60_000, daysMin: 18, daysMax: 25,
  },
  {
    key: "tongda-rail-freight-ru",
    agent: "tongda",
    name: L("Rail freight – Russia (per kg)", "俄罗斯铁路货运（按公斤）", "Төмөр замын ачаа – Орос (кг-аар)", "Ж/д грузоперевозка — Россия (за кг)", "鉄道貨物便（ロシア・kg単位）", "철도 화물 – 러시아 (kg당)", "Carga ferroviaria – Rusia (por kg)", "Fret ferroviaire – Russie (au kg)", "شحن بالقطار – روسيا (بالكيلوغرام)", "Hàng đường sắt – Nga (theo kg)"),
    mode: "rail", pricing: "freight_kg", countries: ["RU"],
    ...perKg(900), minChargeFen: 90000, maxWeightG: 20_000_000, maxVolumeL: 60_000, daysMin: 16, daysMax: 22,
  },
  {
    key: "tongda-truck-freight-mn",
    agent: "tongda",
    name: L("Truck freight – Mongolia (per kg)", "蒙古陆运货运（按公斤）", "Ачааны машин – Монгол (кг-аар)", "Автогрузоперевозка — Монголия (за кг)", "トラック貨物便（モンゴル・kg単位）", "트럭 화물 – 몽골 (kg당)", "Carga por camión – Mongolia (por kg)", "Fret routier – Mongolie (au kg)", "شحن بالشاحنات – منغوليا (بالكيلوغرام)", "Hàng xe tải – Mông Cổ (theo kg)"),
    mode: "truck", pricing: "freight_kg", countries: ["MN"],
    ...perKg(400), minChargeFen: 40000, maxWeightG: 20_000_000, maxVolumeL: 80_000, daysMin: 7, daysMax: 10,
  },
  {
    key: "pengcheng-lcl-jpkr",
    agent: "pengcheng",
    name: L("Sea LCL – Japan & Korea", "日韩海运拼箱", "Далайн тээвэр, бөөн ачаа (LCL) – Япон, Солонгос", "Морской сборный груз (LCL) — Япония и Корея", "海上混載便 LCL（日本・韓国）", "해상 LCL 혼재 – 일본·한국", "Marítimo grupaje LCL – Japón y Corea", "Maritime groupage LCL – Japon et Corée", "شحن بحري مجمّع LCL – اليابان وكوريا", "Đường biển hàng lẻ LCL – Nhật Bản và Hàn Quốc"),
    mode: "sea", pricing: "lcl", countries: ["JP", "KR"],
    ...noSteps, freightTonPriceFen: 35000, minChargeFen: 50000, maxWeightG: 10_000_000, maxVolumeL: 15_000, daysMin: 7, daysMax: 12,
  },
  {
    key: "pengcheng-lcl-au",
    agent: "pengcheng",
    name: L("Sea LCL – Australia", "澳洲海运拼箱", "Далайн тээвэр, бөөн ачаа (LCL) – Австрали", "Морской сборный груз (LCL) — Австралия", "海上混載便 LCL（オーストラリア）", "해상 LCL 혼재 – 호주", "Marítimo grupaje LCL – Australia", "Maritime groupage LCL – Australie", "شحن بحري مجمّع LCL – أستراليا", "Đường biển hàng lẻ LCL – Úc"),
    mode: "sea", pricing: "lcl", countries: ["AU"],
    ...noSteps, freightTonPriceFen: 55000, minChargeFen: 90000, maxWeightG: 10_000_000, maxVolumeL: 15_000, daysMin: 20, daysMax: 28,
  },
  {
    key: "pengcheng-fcl-jpkr",
    agent: "pengcheng",
    name: L("Full container – Japan & Korea", "日韩海运整柜", "Бүтэн чингэлэг – Япон, Солонгос", "Полный контейнер — Япония и Корея", "コンテナ貸切便 FCL（日本・韓国）", "컨테이너 단독 FCL – 일본·한국", "Contenedor completo – Japón y Corea", "Conteneur complet – Japon et Corée", "حاوية كاملة – اليابان وكوريا", "Nguyên container – Nhật Bản và Hàn Quốc"),
    mode: "sea", pricing: "container", countries: ["JP", "KR"],
    ...noSteps, container20PriceFen: 850_000, container40PriceFen: 1_450_000, maxWeightG: 520_000_000, maxVolumeL: null, daysMin: 6, daysMax: 10,
  },
  {
    key: "pengcheng-truck-freight-vn",
    agent: "pengcheng",
    name: L("Truck freight – Vietnam (per kg)", "越南陆运货运（按公斤）", "Ачааны машин – Вьетнам (кг-аар)", "Автогрузоперевозка — Вьетнам (за кг)", "トラック貨物便（ベトナム・kg単位）", "트럭 화물 – 베트남 (kg당)", "Carga por camión – Vietnam (por kg)", "Fret routier – Viêt Nam (au kg)", "شحن بالشاحنات – فيتنام (بالكيلوغرام)", "Hàng xe tải – Việt Nam (theo kg)"),
    mode: "truck", pricing: "freight_kg", countries: ["VN"],
    ...perKg(250), minChargeFen: 30000, maxWeightG: 20_000_000, maxVolumeL: 80_000, daysMin: 4, daysMax: 7,
  },
];
