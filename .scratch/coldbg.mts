import fs from "node:fs";
import path from "node:path";
import { colourSignature, colourDistance, perceptualHash, hammingDistance } from "../lib/photos/perceptual-hash";
import { readUploadedImage } from "../lib/photos/validate-image";
const dir = "node_modules/.cache/haozao-demo-photos";
const jsons = fs.readdirSync(dir).filter((f) => f.endsWith(".json")).slice(0, 12);
for (const j of jsons) {
  const meta = JSON.parse(fs.readFileSync(path.join(dir, j), "utf8"));
  const id = j.replace(".json", "");
  for (const i of [0, 1]) {
    const bytes = fs.readFileSync(path.join(dir, `${id}-${i}.webp`));
    const up = await readUploadedImage(bytes);
    if (!up.ok) throw new Error(up.error);
    const c = await colourSignature(up.image);
    const h = await perceptualHash(up.image);
    console.log(meta.key.slice(0, 50), i, "colour", colourDistance(meta.colours, c).toFixed(1), "bits", hammingDistance(BigInt(meta.phash), h));
  }
}
