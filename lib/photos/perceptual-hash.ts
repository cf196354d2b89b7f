// Perceptual hashing of product photos (Node only: uses sharp).
// Used to spot the "same product photographed by another seller" across listings.
import sharp from "sharp";

/**
 * 64-bit difference hash (dHash): flatten on white, grayscale, resize to 64x64 (cubic), then to
 * 9x8 (fit: fill), then for each row set one bit per horizontal neighbour pair (bit = left pixel
 * brighter than right pixel), row-major, first pair = most significant bit. Returned as a SIGNED
 * 64-bit value (BigInt.asIntN(64, h)) so it fits a Postgres bigint column.
 *
 * The 64x64 step makes the hash independent of the size the photo comes in: a direct resize from
 * 600 or 1200 px to 9x8 samples differently per source size (up to 14 bits apart for the same
 * picture), so a buyer's saved copy of a 600 px rendition would not find the listing whose hash
 * came from the 1200 px one. Through 64x64 they stay within a few bits.
 */
export async function perceptualHash(image: Buffer): Promise<bigint> {
  const small = await sharp(image)
    .flatten({ background: "#ffffff" })
    .grayscale()
    .resize(64, 64, { fit: "fill", kernel: "cubic" })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const px = await sharp(small.data, { raw: { width: small.info.width, height: small.info.height, channels: small.info.channels } })
    .resize(9, 8, { fit: "fill" })
    .raw()
    .toBuffer();
  // grayscale() may still leave 1 channel per pixel; guard against extra channels anyway
  const ch = px.length / 72;
  let h = 0n;
  for (let y = 0; y < 8; y++) {
    for (let x = 0; x < 8; x++) {
      const l = px[(y * 9 + x) * ch];
      const r = px[(y * 9 + x + 1) * ch];
      h = (h << 1n) | (l > r ? 1n : 0n);
    }
  }
  return BigInt.asIntN(64, h);
}

/** Number of differing bits between two 64-bit hashes (signed or unsigned representation). */
export function hammingDistance(a: bigint, b: bigint): number {
  let x = BigInt.asUintN(64, a ^ b);
  let c = 0;
  while (x) {
    x &= x - 1n;
    c++;
  }
  return c;
}

/**
 * Colour signature: the image flattened on white, averaged down to 64x64 then resized to 3x3, written
 * as 54 lowercase hex characters: nine cells in row-major order, each as RRGGBB. The centre cells
 * hold the product's own colours, the border the background. Compare with colourDistance(). The
 * 64x64 step, as in perceptualHash, keeps a photo's signature the same whatever size and format it
 * comes in (directly to 3x3, a re-encoded copy of the same photo differed by up to 19).
 */
export async function colourSignature(image: Buffer): Promise<string> {
  const small = await sharp(image)
    .flatten({ background: "#ffffff" })
    .removeAlpha()
    .resize(64, 64, { fit: "fill", kernel: "cubic" })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const px = await sharp(small.data, { raw: { width: small.info.width, height: small.info.height, channels: small.info.channels } })
    .resize(3, 3, { fit: "fill", kernel: "cubic" })
    .raw()
    .toBuffer();
  return Array.from(px.subarray(0, 27), (v) => v.toString(16).padStart(2, "0")).join("");
}

/** Both hashes of a photo, as stored for image search and product groups. */
export async function hashPhoto(image: Buffer): Promise<{ phash: bigint; colours: string }> {
  const [phash, colours] = await Promise.all([perceptualHash(image), colourSignature(image)]);
  return { phash, colours };
}

/** Rasterise an SVG at 256 px (density chosen from its width attribute), then hash it both ways. */
export async function hashSvg(svg: string): Promise<{ phash: bigint; colours: string }> {
  const m = /<svg[^>]*\swidth="([\d.]+)/.exec(svg);
  const width = m ? parseFloat(m[1]) : 800;
  const density = Math.max(1, Math.min(2400, (72 * 256) / (width || 800)));
  const png = await sharp(Buffer.from(svg), { density })
    .resize(256, 256, { fit: "fill" })
    .png()
    .toBuffer();
  const [phash, colours] = await Promise.all([perceptualHash(png), colourSignature(png)]);
  return { phash, colours };
}

/**
 * The largest difference between two colour signatures over their cells (mean of the three
 * channels' absolute differences): 0 = same colours everywhere, 255 = opposite. The maximum, not the
 * mean, so that a product of another colour on the same background still counts as different.
 */
export function colourDistance(a: string, b: string): number {
  if (a.length !== b.length || a.length === 0 || a.length % 6 !== 0) return 255;
  let worst = 0;
  for (let cell = 0; cell < a.length; cell += 6) {
    let sum = 0;
    for (let c = cell; c < cell + 6; c += 2) sum += Math.abs(parseInt(a.slice(c, c + 2), 16) - parseInt(b.slice(c, c + 2), 16));
    worst = Math.max(worst, sum / 3);
  }
  return worst;
}
