import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { readUploadedImage } from "@/lib/photos/validate-image";

const png = (width: number, height: number, alpha = false) =>
  sharp({ create: { width, height, channels: alpha ? 4 : 3, background: { r: 200, g: 40, b: 40, alpha: 0.5 } } }).png().toBuffer();

describe("uploaded images", () => {
  it("refuses a text file whatever its name says", async () => {
    const bytes = new TextEncoder().encode("this is holiday.jpg, honestly");
    expect(await readUploadedImage(bytes)).toEqual({ ok: false, error: "not_an_image" });
  });

  it("refuses an empty upload and a truncated image", async () => {
    expect(await readUploadedImage(new Uint8Array())).toEqual({ ok: false, error: "not_an_image" });
    const jpeg = await sharp({ create: { width: 300, height: 300, channels: 3, background: "#3366aa" } }).jpeg().toBuffer();
    const result = await readUploadedImage(jpeg.subarray(0, 40));
    expect(result.ok).toBe(false);
  });

  it("refuses SVG, which can carry script", async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>`;
    expect(await readUploadedImage(new TextEncoder().encode(svg))).toEqual({ ok: false, error: "unsupported_type" });
  });

  it("refuses TIFF, which browsers cannot show", async () => {
    const tiff = await sharp({ create: { width: 20, height: 20, channels: 3, background: "#000" } }).tiff().toBuffer();
    expect(await readUploadedImage(tiff)).toEqual({ ok: false, error: "unsupported_type" });
  });

  it("refuses more than 8 MB before looking inside", async () => {
    expect(await readUploadedImage(new Uint8Array(9 * 1024 * 1024))).toEqual({ ok: false, error: "too_large" });
  });

  it("refuses a small file that decodes to 50 megapixels", async () => {
    const bomb = await png(10_000, 5_000);
    expect(bomb.byteLength).toBeLessThan(8 * 1024 * 1024);
    expect(await readUploadedImage(bomb)).toEqual({ ok: false, error: "too_many_pixels" });
  });

  it("re-encodes a photo as JPEG at most 1024 px on its longer side", async () => {
    const photo = await sharp({ create: { width: 2000, height: 1500, channels: 3, background: "#3366aa" } }).webp().toBuffer();
    const result = await readUploadedImage(photo);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const meta = await sharp(result.image).metadata();
    expect(meta).toMatchObject({ format: "jpeg", width: 1024, height: 768 });
  });

  it("keeps a small PNG with transparency as PNG, at its own size", async () => {
    const result = await readUploadedImage(await png(64, 48, true));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(await sharp(result.image).metadata()).toMatchObject({ format: "png", width: 64, height: 48 });
  });
});
