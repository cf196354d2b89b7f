import "server-only";
// A link-preview image (1200 x 630 PNG): photo on the start side, then brand, title, price range
// and facts, drawn by sharp's text renderer in the page's language and script (right-to-left for
// Arabic: the photo moves to the right and lines align to the right).
import sharp, { type OverlayOptions } from "sharp";
import { localeDirection, type Locale } from "@/i18n/locales";
import { prepareFonts } from "./og-fonts";

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

export interface PreviewContent {
  locale: Locale;
  title: string;
  /** The price line, e.g. "US$1.20 – US$2.40 per piece". */
  price?: string;
  /** Smaller lines under the price (MOQ, factory, location). */
  facts: string[];
  photo?: Buffer | null;
}

const escapeMarkup = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const clip = (s: string, max: number) => {
  const chars = [...s];
  return chars.length > max ? `${chars.slice(0, max - 1).join("").trimEnd()}…` : s;
};

async function textImage(text: string, families: string, opts: { size: number; bold?: boolean; color: string; width: number; rtl?: boolean }) {
  // The renderer takes a paragraph's direction from its first letter, even inside an isolate: a
  // right-to-left page starts each line with a right-to-left mark.
  const markup = `<span foreground="${opts.color}">${opts.rtl ? "\u200f" : ""}${escapeMarkup(text)}</span>`;
  const buf = await sharp({
    text: { text: markup, font: `${families}${opts.bold ? " Bold" : ""} ${opts.size}`, width: opts.width, rgba: true, wrap: "word-char" },
  })
    .png()
    .toBuffer();
  const { width = 0, height = 0 } = await sharp(buf).metadata();
  return { buf, width, height };
}

const LOGO = `<svg xmlns="http://www.w3.org/2000/svg" width="56" height="56" viewBox="0 0 40 40"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#ff7236"/><stop offset="1" stop-color="#c22606"/></linearGradient></defs><rect width="40" height="40" rx="11" fill="url(#g)"/><path d="M11 28V12h4v6h10v-6h4v16h-4v-6H15v6z" fill="#fff"/><circle cx="30.5" cy="9.5" r="3" fill="#ffe6d4"/></svg>`;

export async function renderPreviewImage(content: PreviewContent): Promise<Buffer> {
  const rtl = localeDirection(content.locale) === "rtl";
  // The title is isolated: a Latin name keeps its own order ("Co., Ltd.") inside a right-to-left line.
  const title = `\u2068${clip(content.title, 110)}\u2069`;
  const families = await prepareFonts(["Haozao", title, content.price ?? "", ...content.facts].join(" "), content.locale);

  const PHOTO = 470;
  const MARGIN = 60;
  const hasPhoto = Boolean(content.photo);
  const photoLeft = rtl ? PREVIEW_WIDTH - MARGIN - PHOTO : MARGIN;
  const colWidth = hasPhoto ? PREVIEW_WIDTH - PHOTO - 3 * MARGIN : PREVIEW_WIDTH - 2 * MARGIN;
  const colLeft = hasPhoto && !rtl ? MARGIN * 2 + PHOTO : MARGIN;
  const place = (width: number) => (rtl ? colLeft + colWidth - width : colLeft);

  const layers: OverlayOptions[] = [];
  if (content.photo) {
    const mask = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${PHOTO}" height="${PHOTO}"><rect width="${PHOTO}" height="${PHOTO}" rx="36" fill="#fff"/></svg>`);
    const photo = await sharp(content.photo)
      .resize(PHOTO, PHOTO, { fit: "cover" })
      .composite([{ input: mask, blend: "dest-in" }])
      .png()
      .toBuffer();
    layers.push({ input: photo, left: photoLeft, top: (PREVIEW_HEIGHT - PHOTO) / 2 });
  }

  // Brand line.
  let y = 70;
  const brand = await textImage("Haozao", families, { size: 30, bold: true, color: "#c22606", width: colWidth - 70 });
  const brandWidth = 56 + 14 + brand.width;
  const brandLeft = place(brandWidth);
  layers.push({ input: Buffer.from(LOGO), left: rtl ? brandLeft + brand.width + 14 : brandLeft, top: y });
  layers.push({ input: brand.buf, left: rtl ? brandLeft : brandLeft + 70, top: y + Math.round((56 - brand.height) / 2) });
  y += 56 + 34;

  // Title: the largest size that fits in four lines' room.
  let heading = await textImage(title, families, { size: 46, bold: true, color: "#141a24", width: colWidth, rtl });
  for (const size of [40, 34, 29]) {
    if (heading.height <= 230) break;
    heading = await textImage(title, families, { size, bold: true, color: "#141a24", width: colWidth, rtl });
  }
  layers.push({ input: heading.buf, left: place(heading.width), top: y });
  y += Math.min(heading.height, 250) + 26;

  if (content.price) {
    const price = await textImage(content.price, families, { size: 40, bold: true, color: "#c22606", width: colWidth, rtl });
    layers.push({ input: price.buf, left: place(price.width), top: y });
    y += price.height + 16;
  }
  for (const fact of content.facts) {
    if (y > PREVIEW_HEIGHT - 70) break;
    const line = await textImage(clip(fact, 70), families, { size: 26, color: "#3a4453", width: colWidth, rtl });
    layers.push({ input: line.buf, left: place(line.width), top: y });
    y += line.height + 10;
  }

  const background = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}">
    <defs><linearGradient id="b" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#ea3805"/><stop offset="1" stop-color="#fbbf24"/></linearGradient></defs>
    <rect width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" fill="#fff4ed"/>
    <rect y="${PREVIEW_HEIGHT - 14}" width="${PREVIEW_WIDTH}" height="14" fill="url(#b)"/>
  </svg>`);
  return sharp(background).composite(layers).png({ compressionLevel: 8 }).toBuffer();
}
