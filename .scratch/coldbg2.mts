import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { colourDistance } from "../lib/photos/perceptual-hash";
import { readUploadedImage } from "../lib/photos/validate-image";
async function sig(image: Buffer, pre: number, kernel: any) {
  const small = await sharp(image).flatten({ background: "#ffffff" }).removeAlpha().resize(pre, pre, { fit: "fill", kernel }).raw().toBuffer({ resolveWithObject: true });
  const px = await sharp(small.data, { raw: { width: pre, height: pre, channels: small.info.channels } }).resize(3, 3, { fit: "fill", kernel: "cubic" }).raw().toBuffer();
  return Array.from(px.subarray(0, 27), (v) => v.toString(16).padStart(2, "0")).join("");
}
const dir = "node_modules/.cache/haozao-demo-photos";
const jsons = fs.readdirSync(dir).filter((f) => f.endsWith(".json")).slice(0, 40);
for (const [pre, kernel] of [[64, "cubic"], [30, "cubic"], [30, "linear"], [60, "linear"]] as const) {
  let worst = 0;
  for (const j of jsons) {
    const id = j.replace(".json", "");
    const big = fs.readFileSync(path.join(dir, `${id}-0.webp`));
    const a = await sig(big, pre, kernel);
    for (const i of [0, 1]) {
      const up = await readUploadedImage(fs.readFileSync(path.join(dir, `${id}-${i}.webp`)));
      if (!up.ok) throw 1;
      worst = Math.max(worst, colourDistance(a, await sig(up.image, pre, kernel)));
    }
  }
  console.log(pre, kernel, "worst", worst.toFixed(1));
}
