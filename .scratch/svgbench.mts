import sharp from "sharp";
import { renderIllustrationSvg } from "/work/wt-looks/lib/photos/illustrations";
import { hashSvg, perceptualHash, colourSignature, hammingDistance } from "/work/wt-looks/lib/photos/perceptual-hash";
const svg = renderIllustrationSvg({ drawing: "phone-case", palette: { primary: "#F06292", secondary: "#FFB74D", accent: "#4DD0E1", background: "#FFF1F5" }, pattern: "waves", view: 0, variant: 1 });
console.log("svg bytes", svg.length, /<svg[^>]*>/.exec(svg)![0].slice(0, 200));
let t = performance.now();
for (let i = 0; i < 10; i++) await hashSvg(svg);
console.log("hashSvg", (performance.now() - t) / 10);
for (const px of [800, 1200]) {
  t = performance.now();
  let out: Buffer[] = [];
  for (let i = 0; i < 10; i++) {
    const m = /<svg[^>]*\swidth="([\d.]+)/.exec(svg); const w = m ? parseFloat(m[1]) : 800;
    const raw = await sharp(Buffer.from(svg), { density: (72 * px) / w }).resize(px, px, { fit: "fill" }).flatten({ background: "#ffffff" }).raw().toBuffer({ resolveWithObject: true });
    const base = sharp(raw.data, { raw: raw.info });
    out = await Promise.all([px, 600, 240].map((s) => base.clone().resize(s, s).webp({ quality: 82 }).toBuffer()));
  }
  console.log(px, "render+3 webp", (performance.now() - t) / 10, out.map((b) => b.length));
  const h1 = await perceptualHash(out[0]); const h2 = (await hashSvg(svg)).phash;
  const jpg = await sharp(out[1]).jpeg({ quality: 85 }).toBuffer();
  console.log("hamming largest vs svg256", hammingDistance(h1, h2), "600 jpeg vs largest", hammingDistance(h1, await perceptualHash(jpg)));
}
