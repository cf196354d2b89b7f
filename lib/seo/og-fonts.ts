import "server-only";
// Fonts for the generated preview images, from the @fontsource packages in node_modules (nothing is
// downloaded). Those packages cut each font into unicode-range slices (WOFF); for a given text only
// the slices holding its characters are used (a Chinese title needs a handful of the ~100 slices).
// Each slice is unwrapped to a TrueType file once (in the temp folder) and registered with sharp's
// text renderer (Pango + fontconfig, which shapes Arabic and lays out right-to-left text).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import type { Locale } from "@/i18n/locales";
import { woffToSfnt } from "./woff-to-sfnt";

interface Slice {
  family: string;
  weight: 400 | 700;
  file: string;
  ranges: [number, number][];
}

const FAMILIES = {
  "noto-sans": "Noto Sans",
  "noto-sans-arabic": "Noto Sans Arabic",
  "noto-sans-sc": "Noto Sans SC",
  "noto-sans-jp": "Noto Sans JP",
  "noto-sans-kr": "Noto Sans KR",
} as const;
type Package = keyof typeof FAMILIES;

/** Which CJK font draws Han characters: the reader's own, else Simplified Chinese. */
const packageOrder = (locale: Locale): Package[] => {
  const cjk: Package[] =
    locale === "ja" ? ["noto-sans-jp", "noto-sans-sc", "noto-sans-kr"] : locale === "ko" ? ["noto-sans-kr", "noto-sans-sc", "noto-sans-jp"] : ["noto-sans-sc", "noto-sans-jp", "noto-sans-kr"];
  return ["noto-sans", "noto-sans-arabic", ...cjk];
};

const packageDir = (pkg: Package) => path.join(process.cwd(), "node_modules", "@fontsource", pkg);
const cacheDir = path.join(os.tmpdir(), "haozao-og-fonts");

let slicesByPackage: Map<Package, Slice[]> | undefined;
const registered = new Map<string, Promise<void>>();

const parseRanges = (value: string): [number, number][] =>
  value.split(",").map((part) => {
    const [a, b] = part.trim().replace(/^U\+/i, "").split("-");
    const from = parseInt(a, 16);
    return [from, b ? parseInt(b, 16) : from];
  });

function loadSlices(): Map<Package, Slice[]> {
  if (slicesByPackage) return slicesByPackage;
  const all = new Map<Package, Slice[]>();
  for (const pkg of Object.keys(FAMILIES) as Package[]) {
    const slices: Slice[] = [];
    for (const weight of [400, 700] as const) {
      const css = fs.readFileSync(path.join(packageDir(pkg), `${weight}.css`), "utf8");
      for (const block of css.split("@font-face").slice(1)) {
        const woff = /url\(\.\/files\/([^)]+\.woff)\)\s*format\('woff'\)/.exec(block)?.[1];
        const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
        if (woff) slices.push({ family: FAMILIES[pkg], weight, file: path.join(packageDir(pkg), "files", woff), ranges: range ? parseRanges(range) : [[0, 0x10ffff]] });
      }
    }
    all.set(pkg, slices);
  }
  slicesByPackage = all;
  return all;
}

/** Unwraps a slice to TrueType and lets the text renderer use it (once per process). */
function register(slice: Slice): Promise<void> {
  let done = registered.get(slice.file);
  if (!done) {
    done = (async () => {
      fs.mkdirSync(cacheDir, { recursive: true });
      const ttf = path.join(cacheDir, path.basename(slice.file).replace(/\.woff$/, ".ttf"));
      if (!fs.existsSync(ttf)) {
        const tmp = `${ttf}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, woffToSfnt(fs.readFileSync(slice.file)));
        fs.renameSync(tmp, ttf);
      }
      // libvips adds a `fontfile` to fontconfig once and keeps it for every later text.
      await sharp({ text: { text: ".", font: `${slice.family} 8`, fontfile: ttf } }).png().toBuffer();
    })();
    registered.set(slice.file, done);
  }
  return done;
}

/**
 * Makes the fonts for `text` available and returns the Pango family list to draw it with (the
 * page's own script first).
 */
export async function prepareFonts(text: string, locale: Locale): Promise<string> {
  const codes = new Set<number>();
  // Bidi controls (isolates) draw nothing: no font needed.
  for (const ch of text) if (!/[\u200e\u200f\u2066-\u2069]/.test(ch)) codes.add(ch.codePointAt(0)!);
  const slices = loadSlices();
  const covered = new Set<number>();
  const families: string[] = [];
  const needed: Slice[] = [];
  for (const pkg of packageOrder(locale)) {
    const missing = [...codes].filter((c) => !covered.has(c));
    if (missing.length === 0) break;
    const inSlice = (slice: Slice, c: number) => slice.ranges.some(([a, b]) => c >= a && c <= b);
    const hits = slices.get(pkg)!.filter((slice) => missing.some((c) => inSlice(slice, c)));
    if (hits.length === 0) continue;
    needed.push(...hits);
    families.push(FAMILIES[pkg]);
    for (const c of missing) if (hits.some((slice) => inSlice(slice, c))) covered.add(c);
  }
  // Registration changes fontconfig's state: one at a time.
  for (const slice of needed) await register(slice);
  return families.join(",");
}
