// Deterministic listing titles and descriptions, built per locale from a product type, the glossary and a
// variant number. Every template is written by hand for its language; nothing is random.
import type { Locale, ProductTypeSeed } from "../types";
import { materials, type MaterialKey } from "../../lib/translate/glossary-data";

// ───────────────────────────── small helpers ─────────────────────────────

const CJK: readonly Locale[] = ["zh", "ja"];

/** Lower-case the first letter unless the first word looks like an acronym or brand (ABS, TPU, LED, iPhone). */
export function lcFirst(s: string): string {
  const first = s.split(/[\s-]/)[0] ?? "";
  if (first.length > 1 && first.slice(1) !== first.slice(1).toLowerCase()) return s; // "TPU", "USB-C", "iPhone"
  if (first.length === 1 && s.length > 1 && s[1] !== " ") return s;
  return s.charAt(0).toLocaleLowerCase() + s.slice(1);
}

const ucFirst = (s: string): string => s.charAt(0).toLocaleUpperCase() + s.slice(1);

const SMALL_EN = new Set(["a", "an", "and", "or", "for", "of", "in", "on", "with", "to", "the", "by", "from", "at"]);

/** English marketplace title case: capitalise words, keep small words and existing capitals. */
function titleCaseEn(s: string): string {
  return s
    .split(" ")
    .map((w, i) => (i > 0 && SMALL_EN.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(" ");
}

function materialLabel(pt: ProductTypeSeed, locale: Locale): string {
  const m = materials[pt.material as MaterialKey];
  return m ? m[locale] : "";
}

/**
 * Whether the product name already says the material ("Silicone phone case", "силиконовый чехол"): each
 * significant word of the material label, cut to a short stem, occurs in the name.
 */
function nameHasMaterial(name: string, mat: string, locale: Locale): boolean {
  if (!mat) return true;
  const n = name.toLocaleLowerCase();
  const m = mat.toLocaleLowerCase();
  if (n.includes(m)) return true;
  if (CJK.includes(locale)) {
    const core = m.replace(/(製|素材|材质|材質|樹脂|鋼|纸)$/u, "");
    return core.length > 0 && n.includes(core);
  }
  const words = m.split(/[\s()]+/).filter((w) => w.length >= 3);
  if (words.length === 0) return false;
  return words.every((w) => n.includes(w.length > 4 ? w.slice(0, 4) : w));
}

const includesCI = (haystack: string, needle: string) =>
  haystack.toLocaleLowerCase().includes(needle.toLocaleLowerCase());

/** All non-empty subsets of size 1 or 2 of n extras, in a fixed order: singles first, then pairs. */
function extraCombos(n: number): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < n; i++) out.push([i]);
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) out.push([i, j]);
  return out;
}

/** Join a list the way each language writes "a, b and c". */
function joinList(items: string[], locale: Locale): string {
  if (items.length === 0) return "";
  // Items that carry their own commas or colons are set apart with semicolons so the list stays readable.
  const complex = items.some((i) => /[,，:：、]/.test(i));
  if (locale === "zh") return items.join(complex ? "；" : "、");
  if (locale === "ja") return items.join(complex ? "／" : "、");
  if (items.length === 1) return items[0];
  if (complex) return items.join(locale === "ar" ? "؛ " : locale === "fr" ? " ; " : "; ");
  const and: Record<Locale, string> = {
    en: " and ", zh: "、", mn: " болон ", ru: " и ", ja: "、", ko: ", ", es: " y ", fr: " et ", ar: " و", vi: " và ",
  };
  const sep = locale === "ar" ? "، " : ", ";
  const head = items.slice(0, -1).join(sep);
  const last = items[items.length - 1];
  if (locale === "ko") return `${head}, ${last}`;
  return `${head}${and[locale]}${last}`;
}

// Korean particles depend on the last syllable of the word they follow.
function hangulFinal(word: string): "none" | "rieul" | "other" {
  const ch = word.trim().slice(-1);
  const code = ch.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) {
    const jong = (code - 0xac00) % 28;
    return jong === 0 ? "none" : jong === 8 ? "rieul" : "other";
  }
  if (/[0-9]/.test(ch)) return "136780".includes(ch) ? (ch === "1" || ch === "7" || ch === "8" ? "rieul" : "other") : "none";
  return "none";
}
/** 으로 / 로 */
const koRo = (word: string) => (hangulFinal(word) === "other" ? "으로" : "로");

/** Russian noun form for a count: 1 день, 2 дня, 5 дней. */
export function ruPlural(n: number, one: string, few: string, many: string): string {
  const d10 = n % 10;
  const d100 = n % 100;
  if (d10 === 1 && d100 !== 11) return one;
  if (d10 >= 2 && d10 <= 4 && (d100 < 12 || d100 > 14)) return few;
  return many;
}

/** Arabic counted noun for days written with digits: 3-10 أيام, 11-99 يومًا, otherwise يوم. */
function arDays(n: number): string {
  const r = n % 100;
  if (r >= 3 && r <= 10) return "أيام";
  if (r >= 11 && r <= 99) return "يومًا";
  return "يوم";
}

/** French "de" with elision before a vowel. */
const frDe = (s: string) => (/^[aeiouyàâäéèêëîïôöûüœ]/i.test(s) ? `d'${s}` : `de ${s}`);

// ───────────────────────────── titles ─────────────────────────────

const TITLE_MIN: Record<Locale, number> = { en: 40, zh: 20, mn: 40, ru: 40, ja: 24, ko: 28, es: 40, fr: 40, ar: 40, vi: 40 };
const TITLE_MAX = 110;

/** Generic marketplace phrases appended (if not already present) until a title is long enough. */
export const TITLE_FILLERS: Record<Locale, string[]> = {
  en: ["Factory Direct", "Wholesale from China", "OEM Available", "Bulk Orders Welcome"],
  zh: ["厂家直销", "批发", "支持定制", "一件代发", "现货速发"],
  mn: ["үйлдвэрээс шууд", "бөөний үнээр", "OEM захиалга авна", "Хятадаас илгээнэ"],
  ru: ["от производителя", "оптом из Китая", "OEM на заказ", "крупные партии"],
  ja: ["工場直販", "卸売", "OEM対応", "まとめ買い歓迎"],
  ko: ["공장 직판", "도매", "OEM 가능", "대량 주문 환영"],
  es: ["directo de fábrica", "venta al por mayor", "OEM disponible", "envío desde China"],
  fr: ["direct usine", "vente en gros", "OEM possible", "expédié depuis la Chine"],
  ar: ["مباشرة من المصنع", "بيع بالجملة", "إمكانية التصنيع OEM", "شحن من الصين"],
  vi: ["giá sỉ tận xưởng", "hàng xuất khẩu", "nhận OEM", "giao từ Trung Quốc"],
};

/** Separator used when appending a filler phrase to a title. */
const FILL_SEP: Record<Locale, string> = {
  en: " – ", zh: " ", mn: ", ", ru: ", ", ja: " ", ko: " ", es: ", ", fr: ", ", ar: " - ", vi: ", ",
};

/**
 * The name combined with its material, unless the name already says it.
 * en: "Silicone Phone Case"; zh: "硅胶手机壳"; es: "Funda para móvil de silicona"; ...
 */
export function nameWithMaterial(pt: ProductTypeSeed, locale: Locale): string {
  const name = pt.name[locale];
  const mat = materialLabel(pt, locale);
  const has = nameHasMaterial(name, mat, locale);
  const isLed = pt.material === "led";
  const isMixed = pt.material === "mixed";
  if (has || isMixed) return locale === "en" ? titleCaseEn(name) : name;
  switch (locale) {
    case "en": return titleCaseEn(`${mat} ${lcFirst(name)}`);
    case "zh": return `${mat}${name}`;
    case "ja": return isLed ? `LED ${name}` : `${mat}製 ${name}`;
    case "ko": return `${mat} ${name}`;
    case "ru": return `${name} (${lcFirst(mat)})`;
    case "mn": return `${name} (${lcFirst(mat)})`;
    case "es": return isLed ? `${name} LED` : `${name} de ${lcFirst(mat)}`;
    case "fr": return isLed ? `${name} à LED` : `${name} en ${lcFirst(mat)}`;
    case "ar": return `${name} ${mat}`;
    case "vi": return `${name} ${lcFirst(mat)}`;
  }
}

/** Title patterns per locale: (name with material, chosen extras) -> title. */
type TitlePattern = (nm: string, ex: string[]) => string;

const TITLE_PATTERNS: Record<Locale, TitlePattern[]> = {
  en: [
    (nm, ex) => `${nm} – ${ex.join(", ")}`,
    (nm, ex) => `${nm} | ${ex.join(" | ")}`,
    (nm, ex) => `${nm} (${ex.join(", ")})`,
  ],
  zh: [
    (nm, ex) => `${nm} ${ex.join(" ")}`,
    (nm, ex) => `源头工厂 ${nm} ${ex.join(" ")}`,
    (nm, ex) => `${ex[0]}${nm}${ex[1] ? ` ${ex[1]}` : ""}`,
  ],
  mn: [
    (nm, ex) => `${nm} — ${ex.map(lcFirst).join(", ")}`,
    (nm, ex) => `${nm} | ${ex.join(" | ")}`,
    (nm, ex) => `${nm}: ${ex.map(lcFirst).join(", ")}`,
  ],
  ru: [
    (nm, ex) => `${nm} — ${ex.map(lcFirst).join(", ")}`,
    (nm, ex) => `${nm} | ${ex.join(" | ")}`,
    (nm, ex) => `${nm}: ${ex.map(lcFirst).join(", ")}`,
  ],
  ja: [
    (nm, ex) => `【${ex[0]}】${nm}${ex[1] ? ` ${ex[1]}` : ""}`,
    (nm, ex) => `${nm} ${ex.join(" ")}`,
    (nm, ex) => `${nm}（${ex.join("・")}）`,
  ],
  ko: [
    (nm, ex) => `${nm} ${ex.join(" ")}`,
    (nm, ex) => `[${ex[0]}] ${nm}${ex[1] ? ` ${ex[1]}` : ""}`,
    (nm, ex) => `${nm} - ${ex.join(", ")}`,
  ],
  es: [
    (nm, ex) => `${nm} – ${ex.map(lcFirst).join(", ")}`,
    (nm, ex) => `${nm} | ${ex.join(" | ")}`,
    (nm, ex) => `${nm} (${ex.map(lcFirst).join(", ")})`,
  ],
  fr: [
    (nm, ex) => `${nm} – ${ex.map(lcFirst).join(", ")}`,
    (nm, ex) => `${nm} | ${ex.join(" | ")}`,
    (nm, ex) => `${nm} (${ex.map(lcFirst).join(", ")})`,
  ],
  ar: [
    (nm, ex) => `${nm} - ${ex.join(" - ")}`,
    (nm, ex) => `${nm} | ${ex.join(" | ")}`,
    (nm, ex) => `${nm}، ${ex.join("، ")}`,
  ],
  vi: [
    (nm, ex) => `${nm} – ${ex.map(lcFirst).join(", ")}`,
    (nm, ex) => `[${ex[0]}] ${nm}${ex[1] ? ` ${lcFirst(ex[1])}` : ""}`,
    (nm, ex) => `${nm} | ${ex.join(" | ")}`,
  ],
};

/** Cut a title to at most TITLE_MAX characters at a word (or, for Chinese/Japanese, any) boundary. */
export function clip(title: string, locale: Locale): string {
  if (title.length <= TITLE_MAX) return title;
  const cut = title.slice(0, TITLE_MAX);
  if (CJK.includes(locale)) return cut.trim();
  const at = cut.lastIndexOf(" ");
  return (at > 30 ? cut.slice(0, at) : cut).replace(/[\s,，、|–—:;-]+$/u, "");
}

/**
 * A marketplace-style listing title: the product name with its material and one or two of the type's title
 * extras, chosen by `variant`. Different variants give different titles wherever the extras allow.
 */
export function buildTitle(pt: ProductTypeSeed, locale: Locale, variant: number): string {
  const v = Math.abs(Math.trunc(variant));
  const nm = nameWithMaterial(pt, locale);
  const extrasAll = (pt.titleExtras[locale] ?? []).filter((e) => e.trim() !== "" && !includesCI(nm, e));
  const patterns = TITLE_PATTERNS[locale];
  const fillers = TITLE_FILLERS[locale];

  let title: string;
  if (extrasAll.length === 0) {
    title = `${nm}${FILL_SEP[locale]}${fillers[v % fillers.length]}`;
  } else {
    const combos = extraCombos(extrasAll.length);
    const combo = combos[v % combos.length];
    const pattern = patterns[Math.floor(v / combos.length) % patterns.length];
    let extras = combo.map((i) => extrasAll[i]);
    title = pattern(nm, extras);
    if (title.length > TITLE_MAX && extras.length > 1) {
      extras = extras.slice(0, 1);
      title = pattern(nm, extras);
    }
  }

  // Pad short titles with generic phrases the title does not already carry.
  for (let i = 0; title.length < TITLE_MIN[locale] && i < fillers.length; i++) {
    const f = fillers[(v + i) % fillers.length];
    if (includesCI(title, f)) continue;
    const next = `${title}${FILL_SEP[locale]}${f}`;
    if (next.length > TITLE_MAX) break;
    title = next;
  }
  return clip(title, locale);
}

// ───────────────────────────── descriptions ─────────────────────────────

interface DescContext {
  factoryName: string;
  moq: number;
  leadTimeDays: number;
  variant: number;
}

interface Parts {
  name: string;
  mat: string; // material label as written mid-sentence
  hasMat: boolean;
  isLed: boolean;
  features: string[];
  f: string; // factory name
  moq: number;
  days: number;
  v: number;
}

type SentenceSet = {
  intro: ((p: Parts) => string)[];
  features: ((list: string) => string)[];
  moq: ((p: Parts) => string)[];
  oem: string[];
  packing: string[];
};

const SENTENCES: Record<Locale, SentenceSet> = {
  en: {
    intro: [
      (p) =>
        p.hasMat ? `This ${lcFirst(p.name)} model is made in ${p.f}'s own workshop.`
        : p.isLed ? `This ${lcFirst(p.name)} model uses energy-efficient LED light sources.`
        : `This ${lcFirst(p.name)} model is made of ${p.mat}.`,
      (p) =>
        p.hasMat ? `${p.f} manufactures this ${lcFirst(p.name)} model for wholesale buyers worldwide.`
        : p.isLed ? `${p.f} manufactures this ${lcFirst(p.name)} model with energy-efficient LED light sources.`
        : `${p.f} manufactures this ${lcFirst(p.name)} model from ${p.mat} in its own workshop.`,
    ],
    features: [(l) => `Key features: ${l}.`, (l) => `Highlights: ${l}.`],
    moq: [
      (p) => `The minimum order quantity is ${p.moq}, and production takes about ${p.days} days.`,
      (p) => `Orders start from ${p.moq}, with a lead time of around ${p.days} days after payment.`,
    ],
    oem: [
      "Custom logos, colours and packaging are available for OEM and ODM orders.",
      "OEM orders are welcome: send us your logo or artwork and we will make a sample before mass production.",
      "Private labelling is supported, and small trial orders are welcome.",
    ],
    packing: [
      "Each unit is packed individually and shipped in sturdy export cartons.",
      "Standard packing is one OPP bag per unit in reinforced master cartons, ready for consolidation at your agent's warehouse.",
    ],
  },
  zh: {
    intro: [
      (p) =>
        p.hasMat ? `本款${p.name}由${p.f}自有工厂生产。`
        : p.isLed ? `本款${p.name}采用节能LED光源。`
        : `本款${p.name}采用${p.mat}${p.mat.endsWith("材质") ? "" : "材质"}制作。`,
      (p) =>
        p.hasMat ? `${p.f}专业生产${p.name}，品质稳定，货源充足。`
        : p.isLed ? `${p.f}专业生产${p.name}，采用节能LED光源，品质稳定。`
        : `${p.f}专业生产${p.mat}${p.name}，品质稳定，货源充足。`,
    ],
    features: [(l) => `产品特点：${l}。`, (l) => `主要卖点：${l}。`],
    moq: [
      (p) => `起订量${p.moq}，生产周期约${p.days}天。`,
      (p) => `${p.moq}起订，付款后约${p.days}天发货。`,
    ],
    oem: [
      "支持OEM/ODM定制，可印LOGO、定制颜色和包装。",
      "接受来图来样定制，大货生产前可先打样确认。",
      "支持贴牌加工，欢迎小批量试单。",
    ],
    packing: [
      "单个独立包装，外箱采用加厚出口纸箱。",
      "标准包装为单个OPP袋，外用加固纸箱，可直接发往代理仓库集运。",
    ],
  },
  mn: {
    intro: [
      (p) =>
        p.hasMat ? `${p.name} — ${p.f} компанийн өөрийн үйлдвэрт хийгдсэн бүтээгдэхүүн.`
        : p.isLed ? `${p.name} — эрчим хүч хэмнэдэг LED гэрлийн эх үүсвэртэй бүтээгдэхүүн.`
        : `${p.name} — үндсэн материал нь ${p.mat}.`,
      (p) =>
        `«${p.name}» бүтээгдэхүүнийг ${p.f} өөрийн үйлдвэрт үйлдвэрлэдэг` +
        (p.hasMat ? "." : p.isLed ? " бөгөөд эрчим хүч хэмнэдэг LED гэрэлтэй." : ` бөгөөд үндсэн материал нь ${p.mat}.`),
    ],
    features: [(l) => `Онцлог: ${l}.`, (l) => `Гол давуу талууд: ${l}.`],
    moq: [
      (p) => `Хамгийн бага захиалгын хэмжээ ${p.moq}, үйлдвэрлэлийн хугацаа ойролцоогоор ${p.days} хоног.`,
      (p) => `Доод захиалга: ${p.moq}; төлбөр төлснөөс хойш ойролцоогоор ${p.days} хоногийн дотор илгээнэ.`,
    ],
    oem: [
      "OEM болон ODM захиалгад лого хэвлэх, өнгө, савлагааг өөрчлөх боломжтой.",
      "Та лого эсвэл загвараа илгээвэл бөөн үйлдвэрлэлийн өмнө дээж хийж өгнө.",
      "Өөрийн брэндээр үйлдвэрлүүлэх боломжтой бөгөөд жижиг туршилтын захиалга хүлээн авна.",
    ],
    packing: [
      "Бүтээгдэхүүн бүрийг тус тусад нь савлаж, экспортын бат бөх хайрцагт хийж илгээнэ.",
      "Стандарт савлагаа: нэг бүрийг OPP уутанд хийж, бэхжүүлсэн том хайрцагт багцалдаг тул агентын агуулахад ачаа нэгтгэхэд бэлэн.",
    ],
  },
  ru: {
    intro: [
      (p) =>
        p.hasMat ? `Предлагаем товар «${p.name}» от производителя «${p.f}».`
        : p.isLed ? `Предлагаем товар «${p.name}» с энергоэффективными светодиодами.`
        : `Предлагаем товар «${p.name}», материал — ${p.mat}.`,
      (p) =>
        p.hasMat ? `Товар «${p.name}» выпускается на собственном производстве компании «${p.f}».`
        : p.isLed ? `Товар «${p.name}» выпускается компанией «${p.f}» и оснащён энергоэффективными светодиодами.`
        : `Товар «${p.name}» выпускается на собственном производстве компании «${p.f}», основной материал — ${p.mat}.`,
    ],
    features: [(l) => `Особенности: ${l}.`, (l) => `Преимущества: ${l}.`],
    moq: [
      (p) => `Минимальная партия — ${p.moq}, срок производства — около ${p.days} ${ruPlural(p.days, "дня", "дней", "дней")}.`,
      (p) => `Минимальный заказ: ${p.moq}; отгрузка примерно через ${p.days} ${ruPlural(p.days, "день", "дня", "дней")} после оплаты.`,
    ],
    oem: [
      "Для заказов OEM и ODM возможны нанесение логотипа, выбор цвета и индивидуальная упаковка.",
      "Работаем по OEM: пришлите логотип или макет, и перед запуском партии мы изготовим образец.",
      "Возможен выпуск под вашей торговой маркой; небольшие пробные заказы приветствуются.",
    ],
    packing: [
      "Каждая единица упакована индивидуально и отправляется в прочных экспортных коробках.",
      "Стандартная упаковка — индивидуальный пакет OPP и усиленная транспортная коробка, готовая к консолидации на складе агента.",
    ],
  },
  ja: {
    intro: [
      (p) =>
        p.hasMat ? `本商品は${p.f}の自社工場で生産している${p.name}です。`
        : p.isLed ? `本商品は省エネLED光源を採用した${p.name}です。`
        : `本商品は${p.mat}を使用した${p.name}です。`,
      (p) =>
        `${p.f}が自社工場で製造している${p.name}です。` +
        (p.hasMat ? "" : p.isLed ? "省エネタイプのLED光源を採用しています。" : `素材には${p.mat}を使用しています。`),
    ],
    features: [(l) => `特長：${l}。`, (l) => `主なポイントは、${l}です。`],
    moq: [
      (p) => `最小注文数量は${p.moq}、生産リードタイムは約${p.days}日です。`,
      (p) => `${p.moq}からご注文いただけ、お支払い後およそ${p.days}日で出荷します。`,
    ],
    oem: [
      "OEM・ODMに対応しており、ロゴ印刷やカラー、パッケージのカスタマイズが可能です。",
      "ロゴやデザインデータをお送りいただければ、量産前にサンプルを作製いたします。",
      "プライベートブランドでの製造にも対応し、少量のテスト注文も歓迎です。",
    ],
    packing: [
      "1点ずつ個別包装し、丈夫な輸出用段ボールで出荷します。",
      "標準梱包はOPP袋による個包装と補強外箱で、代行業者の倉庫でそのまま同梱発送できます。",
    ],
  },
  ko: {
    intro: [
      (p) =>
        p.hasMat ? `${p.f}의 자체 공장에서 생산하는 ${p.name}입니다.`
        : p.isLed ? `절전형 LED 광원을 적용한 ${p.name}입니다.`
        : `${p.mat} 소재로 만든 ${p.name}입니다.`,
      (p) =>
        p.hasMat ? `${p.f}에서 직접 생산하는 ${p.name}입니다.`
        : p.isLed ? `${p.f}에서 직접 생산하는 ${p.name}${koRo(p.name)}, 절전형 LED 광원을 사용합니다.`
        : `${p.f}에서 직접 생산하는 ${p.name}${koRo(p.name)}, ${p.mat} 소재를 사용합니다.`,
    ],
    features: [(l) => `주요 특징: ${l}.`, (l) => `특장점: ${l}.`],
    moq: [
      (p) => `최소 주문 수량은 ${p.moq}부터이며, 생산 기간은 약 ${p.days}일입니다.`,
      (p) => `결제 후 약 ${p.days}일 이내에 출고되며, 최소 주문 수량은 ${p.moq}입니다.`,
    ],
    oem: [
      "OEM/ODM 주문 시 로고 인쇄, 색상 및 포장 맞춤 제작이 가능합니다.",
      "로고나 디자인 파일을 보내 주시면 본 생산 전에 샘플을 먼저 제작해 드립니다.",
      "자체 브랜드(PB) 생산이 가능하며, 소량 테스트 주문도 환영합니다.",
    ],
    packing: [
      "제품은 하나씩 개별 포장한 뒤 튼튼한 수출용 박스에 담아 발송합니다.",
      "기본 포장은 OPP 봉투 개별 포장과 보강 외박스이며, 배송대행지 창고에서 바로 합포장할 수 있습니다.",
    ],
  },
  es: {
    intro: [
      (p) =>
        p.hasMat ? `Este modelo de ${lcFirst(p.name)} se fabrica en el taller propio de ${p.f}.`
        : p.isLed ? `Este modelo de ${lcFirst(p.name)} incorpora tecnología LED de bajo consumo.`
        : `Este modelo de ${lcFirst(p.name)} está fabricado en ${p.mat}.`,
      (p) =>
        p.hasMat ? `${p.f} fabrica este modelo de ${lcFirst(p.name)} para compradores mayoristas de todo el mundo.`
        : p.isLed ? `${p.f} fabrica este modelo de ${lcFirst(p.name)}, que incorpora tecnología LED de bajo consumo.`
        : `${p.f} fabrica en su propio taller este modelo de ${lcFirst(p.name)}, elaborado en ${p.mat}.`,
    ],
    features: [(l) => `Características principales: ${l}.`, (l) => `Ventajas: ${l}.`],
    moq: [
      (p) => `La cantidad mínima de pedido es ${p.moq} y el plazo de producción es de unos ${p.days} ${p.days === 1 ? "día" : "días"}.`,
      (p) => `Pedido mínimo: ${p.moq}; el envío se realiza aproximadamente ${p.days} ${p.days === 1 ? "día" : "días"} después del pago.`,
    ],
    oem: [
      "Para pedidos OEM y ODM se pueden personalizar el logotipo, los colores y el embalaje.",
      "Aceptamos pedidos OEM: envíenos su logotipo o diseño y prepararemos una muestra antes de la producción en serie.",
      "Fabricamos con su propia marca y aceptamos pequeños pedidos de prueba.",
    ],
    packing: [
      "Cada unidad se embala por separado y se envía en cajas de exportación resistentes.",
      "El embalaje estándar es una bolsa OPP por unidad dentro de cajas máster reforzadas, listas para consolidar en el almacén de su agente.",
    ],
  },
  fr: {
    intro: [
      (p) =>
        p.hasMat ? `Ce modèle ${frDe(lcFirst(p.name))} est fabriqué dans l'atelier de ${p.f}.`
        : p.isLed ? `Ce modèle ${frDe(lcFirst(p.name))} est équipé de LED basse consommation.`
        : `Ce modèle ${frDe(lcFirst(p.name))} est fabriqué en ${p.mat}.`,
      (p) =>
        p.hasMat ? `${p.f} fabrique ce modèle ${frDe(lcFirst(p.name))} pour les acheteurs en gros du monde entier.`
        : p.isLed ? `${p.f} fabrique ce modèle ${frDe(lcFirst(p.name))}, équipé de LED basse consommation.`
        : `${p.f} fabrique dans son propre atelier ce modèle ${frDe(lcFirst(p.name))} en ${p.mat}.`,
    ],
    features: [(l) => `Points forts : ${l}.`, (l) => `Caractéristiques principales : ${l}.`],
    moq: [
      (p) => `La quantité minimale de commande est de ${p.moq} et le délai de fabrication est d'environ ${p.days} ${p.days === 1 ? "jour" : "jours"}.`,
      (p) => `Commande minimale : ${p.moq} ; expédition environ ${p.days} ${p.days === 1 ? "jour" : "jours"} après le paiement.`,
    ],
    oem: [
      "Pour les commandes OEM et ODM, le logo, les coloris et l'emballage peuvent être personnalisés.",
      "Nous acceptons les commandes OEM : envoyez-nous votre logo ou votre maquette et nous réaliserons un échantillon avant la production en série.",
      "La fabrication sous votre propre marque est possible, et les petites commandes d'essai sont les bienvenues.",
    ],
    packing: [
      "Chaque article est emballé individuellement puis expédié dans des cartons d'exportation robustes.",
      "L'emballage standard comprend un sachet OPP par article et des cartons renforcés, prêts pour le groupage à l'entrepôt de votre agent.",
    ],
  },
  ar: {
    intro: [
      (p) =>
        p.hasMat ? `هذا المنتج (${p.name}) من إنتاج مصنع ${p.f} مباشرةً.`
        : p.isLed ? `هذا المنتج (${p.name}) مزوّد بمصابيح LED موفّرة للطاقة.`
        : `هذا المنتج (${p.name}) مصنوع من ${p.mat}.`,
      (p) =>
        `تُنتج شركة ${p.f} هذا المنتج (${p.name}) في مصنعها الخاص` +
        (p.hasMat ? "." : p.isLed ? "، وهو مزوّد بمصابيح LED موفّرة للطاقة." : `، والخامة المستخدمة هي ${p.mat}.`),
    ],
    features: [(l) => `أبرز المميزات: ${l}.`, (l) => `المزايا الرئيسية: ${l}.`],
    moq: [
      (p) => `الحد الأدنى للطلب ${p.moq}، ومدة الإنتاج حوالي ${p.days} ${arDays(p.days)}.`,
      (p) => `يبدأ الطلب من ${p.moq}، ويتم الشحن خلال ${p.days} ${arDays(p.days)} تقريبًا بعد الدفع.`,
    ],
    oem: [
      "نقبل طلبات OEM وODM مع إمكانية طباعة الشعار وتخصيص الألوان والتغليف.",
      "أرسل إلينا شعارك أو تصميمك وسنجهّز عينة قبل بدء الإنتاج الكمي.",
      "يمكن التصنيع بعلامتك التجارية الخاصة، ونرحّب بطلبات التجربة الصغيرة.",
    ],
    packing: [
      "تُغلَّف كل قطعة بشكل منفصل وتُشحن في كراتين تصدير متينة.",
      "التغليف القياسي كيس OPP لكل قطعة داخل كرتونة خارجية مقوّاة، جاهزة للتجميع في مستودع وكيل الشحن.",
    ],
  },
  vi: {
    intro: [
      (p) =>
        p.hasMat ? `${p.name} do ${p.f} trực tiếp sản xuất tại xưởng.`
        : p.isLed ? `${p.name} sử dụng nguồn sáng LED tiết kiệm điện.`
        : `${p.name} được làm từ ${p.mat}.`,
      (p) =>
        `Sản phẩm ${lcFirst(p.name)} do ${p.f} trực tiếp sản xuất` +
        (p.hasMat ? " tại xưởng." : p.isLed ? ", sử dụng nguồn sáng LED tiết kiệm điện." : `, chất liệu ${p.mat}.`),
    ],
    features: [(l) => `Đặc điểm nổi bật: ${l}.`, (l) => `Ưu điểm: ${l}.`],
    moq: [
      (p) => `Số lượng đặt hàng tối thiểu là ${p.moq}, thời gian sản xuất khoảng ${p.days} ngày.`,
      (p) => `Nhận đơn từ ${p.moq}, giao hàng sau khoảng ${p.days} ngày kể từ khi thanh toán.`,
    ],
    oem: [
      "Nhận đơn OEM/ODM: in logo, tùy chỉnh màu sắc và bao bì theo yêu cầu.",
      "Chỉ cần gửi logo hoặc thiết kế, chúng tôi sẽ làm mẫu trước khi sản xuất hàng loạt.",
      "Hỗ trợ sản xuất theo thương hiệu riêng và chào đón các đơn hàng thử số lượng nhỏ.",
    ],
    packing: [
      "Mỗi sản phẩm được đóng gói riêng và xuất trong thùng carton xuất khẩu chắc chắn.",
      "Đóng gói tiêu chuẩn: túi OPP cho từng sản phẩm, thùng carton gia cố, sẵn sàng gom hàng tại kho đại lý.",
    ],
  },
};

/** Locales whose feature labels read as lower-case items after a colon. */
const LOWER_FEATURES: readonly Locale[] = ["en", "mn", "ru", "es", "fr", "vi"];

/**
 * A 4-5 sentence description: what it is and its material, its features, MOQ and lead time,
 * customisation/OEM, and (for most variants) packing. The variant picks between templates.
 */
export function buildDescription(pt: ProductTypeSeed, locale: Locale, ctx: DescContext): string {
  const v = Math.abs(Math.trunc(ctx.variant));
  const name = pt.name[locale];
  const rawMat = materialLabel(pt, locale);
  const midMat = CJK.includes(locale) || locale === "ko" || locale === "ar" ? rawMat : lcFirst(rawMat);
  const features = pt.features
    .map((f) => f[locale].trim().replace(/[.。]$/u, ""))
    .filter((f) => f !== "")
    .map((f) => (LOWER_FEATURES.includes(locale) ? lcFirst(f) : f));
  const p: Parts = {
    name,
    mat: midMat,
    hasMat: pt.material === "mixed" || nameHasMaterial(name, rawMat, locale),
    isLed: pt.material === "led",
    features,
    f: ctx.factoryName,
    moq: ctx.moq,
    days: ctx.leadTimeDays,
    v,
  };
  // "mixed" is named in the text only where it reads naturally; the name stands for it otherwise.
  const s = SENTENCES[locale];
  const out: string[] = [];
  out.push(s.intro[v % s.intro.length](p));
  if (features.length > 0) out.push(s.features[Math.floor(v / 2) % s.features.length](joinList(features, locale)));
  out.push(s.moq[Math.floor(v / 4) % s.moq.length](p));
  out.push(s.oem[v % s.oem.length]);
  if (v % 4 !== 3 || features.length === 0) out.push(s.packing[Math.floor(v / 3) % s.packing.length]);
  const joiner = locale === "zh" || locale === "ja" ? "" : " ";
  // A factory name ending in "Co., Ltd." must not leave a doubled full stop at the end of a sentence.
  return out.join(joiner).replace(/\.\.(?=\s|$)/g, ".");
}
