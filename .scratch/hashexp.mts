import sharp from "sharp";
import { renderIllustrationSvg } from "../lib/photos/illustrations";
import { hammingDistance } from "../lib/photos/perceptual-hash";
import { readUploadedImage } from "../lib/photos/validate-image";
async function dhash(image: Buffer, T: number, pre: number) {
  let s = sharp(image).flatten({ background: "#ffffff" }).grayscale();
  if (pre) s = sharp(await s.resize(pre, pre, { fit: "fill", kernel: "cubic" }).raw().toBuffer(), { raw: { width: pre, height: pre, channels: 1 } });
  const px = await s.resize(9, 8, { fit: "fill" }).raw().toBuffer();
  const ch = px.length / 72; let h = 0n;
  for (let y = 0; y < 8; y++) for (let x = 0; x < 8; x++) { const l = px[(y * 9 + x) * ch], r = px[(y * 9 + x + 1) * ch]; h = (h << 1n) | (l > r + T ? 1n : 0n); }
  return h;
}
const drawings = ["phone-case", "mug", "sneaker", "tshirt", "desk-lamp", "towel", "screws"] as any[];
const results: Record<string, number[]> = {};
for (const drawing of drawings) for (const pattern of ["plain", "waves", "dots"] as const) {
  const svg = renderIllustrationSvg({ drawing, palette: { primary: "#F06292", secondary: "#FFB74D", accent: "#4DD0E1", background: "#FFF1F5" }, pattern, view: 0, variant: 1 });
  const big = await sharp(Buffer.from(svg), { density: 72 }).resize(800, 800).flatten({ background: "#fff" }).webp({ quality: 82 }).toBuffer();
  const w600 = await sharp(big).resize(600, 600).webp({ quality: 82 }).toBuffer();
  const w240 = await sharp(big).resize(240, 240).webp({ quality: 82 }).toBuffer();
  const up600 = (await readUploadedImage(w600) as any).image; const up240 = (await readUploadedImage(w240) as any).image;
  const jpg600 = await sharp(w600).jpeg({ quality: 70 }).toBuffer(); const upj = (await readUploadedImage(jpg600) as any).image;
  for (const T of [0, 2, 4]) for (const pre of [0, 64]) {
    const k = `T${T} pre${pre}`; const h = await dhash(big, T, pre);
    results[k] ??= [];
    for (const o of [up600, up240, upj]) results[k].push(hammingDistance(h, await dhash(o, T, pre)));
  }
}
for (const [k, v] of Object.entries(results)) console.log(k, "max", Math.max(...v), "mean", (v.reduce((a, b) => a + b) / v.length).toFixed(1));
