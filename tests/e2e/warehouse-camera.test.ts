// Scanning with the phone's camera (issue 10): Chromium on Linux has no BarcodeDetector, so these run
// the fallback decoder (ZXing in WebAssembly, served by this site). The camera is Chromium's fake
// capture device playing a video of a Code 128 label; a photo of a label is read the same way, and a
// photo without a code says so next to the scanner.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import bwipjs from "bwip-js/node";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { useBrowser } from "./browser";
import { signIn } from "./sign-in";

const WAIT = { timeout: 30_000 };
const stamp = Date.now();
const liveCode = `JTCAM${stamp}`;
const photoCode = `JTPIC${stamp}`;

/** A white 640×480 frame with a Code 128 label of `text` in the middle, as JPEG. */
async function labelFrame(text: string) {
  const barcode = await bwipjs.toBuffer({ bcid: "code128", text, scale: 3, height: 14, includetext: true, backgroundcolor: "FFFFFF", paddingwidth: 12, paddingheight: 12 });
  return sharp({ create: { width: 640, height: 480, channels: 3, background: "#ffffff" } })
    .composite([{ input: barcode, gravity: "center" }])
    .jpeg({ quality: 90 })
    .toBuffer();
}

// The fake camera's video: an MJPEG file (JPEG frames one after the other), made before Chromium starts.
const video = path.join(os.tmpdir(), `haozao-camera-${process.pid}-${stamp}.mjpeg`);
const frame = await labelFrame(liveCode);
fs.writeFileSync(video, Buffer.concat(Array.from({ length: 10 }, () => frame)));

const { newPage } = useBrowser({
  args: () => ["--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream", `--use-file-for-fake-video-capture=${video}`],
});

describe("scanning with the camera", () => {
  it("reads a label held in front of the camera and receives it as an unmatched parcel", async () => {
    const agent = await newPage({ locale: "zh-CN" });
    await signIn(agent, "zh", "agent@haozao.test");
    await agent.goto("/zh/agent/inbound");
    await agent.getByTestId("camera-live").click();
    await expect.poll(() => agent.getByTestId("scan-form-notice").innerText(), WAIT).toContain(liveCode);
    expect(await agent.getByTestId("scan-form-notice").innerText()).toContain("未匹配");
    await agent.getByTestId("camera-live").click(); // stop
    await expect.poll(() => agent.getByTestId("camera-video").count(), WAIT).toBe(0);
    await agent.goto("/zh/agent/inbound?status=received");
    expect(await agent.getByTestId("inbound-list").innerText()).toContain(liveCode);
    await agent.context().close();
  });

  it("reads a photo of a label, and says so next to the scanner when a photo holds none", async () => {
    const agent = await newPage({ locale: "en-US", width: 360, height: 800 });
    await signIn(agent, "en", "agent@haozao.test");
    await agent.goto("/en/agent/inbound");
    const photo = agent.getByTestId("camera-photo");
    await photo.setInputFiles({ name: "label.jpg", mimeType: "image/jpeg", buffer: await labelFrame(photoCode) });
    await expect.poll(() => agent.getByTestId("scan-form-notice").innerText(), WAIT).toContain(photoCode);
    const blank = await sharp({ create: { width: 320, height: 240, channels: 3, background: "#dddddd" } }).jpeg().toBuffer();
    await photo.setInputFiles({ name: "blank.jpg", mimeType: "image/jpeg", buffer: blank });
    await expect.poll(() => agent.getByTestId("camera-message").innerText(), WAIT).toContain("No barcode could be read");
    await agent.context().close();
    fs.rmSync(video, { force: true });
  });
});
