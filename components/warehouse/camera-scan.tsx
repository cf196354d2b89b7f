"use client";
// The phone camera as a scanner: live, where the page may open the camera (a secure context), and
// from a photo taken or picked, everywhere. A read code goes into the scan input and the form is
// submitted, as a keyboard-wedge scanner would do. The browser's own BarcodeDetector reads the codes
// where it has one (Android, macOS); elsewhere the `barcode-detector` package does the same with
// ZXing compiled to WebAssembly, loaded from this site (/vendor, copied by next.config.ts), never
// from a CDN.
import { useEffect, useRef, useState } from "react";

interface Detector { detect(source: ImageBitmapSource): Promise<{ rawValue: string }[]> }
type DetectorClass = { new (options: { formats: string[] }): Detector; getSupportedFormats?: () => Promise<string[]> };

/** Code 128 (our packing slips, most couriers), Code 39, EAN-13 and QR codes. */
const FORMATS = ["code_128", "code_39", "ean_13", "qr_code"];

let detectorPromise: Promise<Detector> | null = null;

function barcodeDetector(): Promise<Detector> {
  detectorPromise ??= (async () => {
    const native = (window as unknown as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
    if (native) {
      const supported: string[] = (await native.getSupportedFormats?.().catch(() => [])) ?? [];
      if (supported.includes("code_128")) return new native({ formats: FORMATS.filter((f) => supported.includes(f)) });
    }
    const { BarcodeDetector, prepareZXingModule } = await import("barcode-detector/ponyfill");
    prepareZXingModule({ overrides: { locateFile: (path: string, prefix: string) => (path.endsWith(".wasm") ? `/vendor/${path}` : prefix + path) } });
    return new BarcodeDetector({ formats: FORMATS as never });
  })();
  detectorPromise.catch(() => { detectorPromise = null; });
  return detectorPromise;
}

function submitCode(formTestId: string, code: string) {
  const form = document.querySelector<HTMLFormElement>(`[data-testid="${formTestId}"]`);
  const input = form?.querySelector<HTMLInputElement>("input[name=code]");
  if (!form || !input) return;
  input.value = code;
  form.requestSubmit();
}

export function CameraScan({ formTestId, labels }: { formTestId: string; labels: { live: string; stop: string; photo: string; none: string; failed: string } }) {
  const [live, setLive] = useState(false);
  const [on, setOn] = useState(false);
  const [message, setMessage] = useState("");
  const [reading, setReading] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  useEffect(() => setLive(!!navigator.mediaDevices?.getUserMedia), []);
  useEffect(() => {
    if (!on) return;
    let stream: MediaStream | null = null;
    let stopped = false;
    (async () => {
      const detector = await barcodeDetector();
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } });
      if (stopped || !video.current) return;
      video.current.srcObject = stream;
      await video.current.play();
      let last = "";
      while (!stopped) {
        const codes = video.current.readyState >= 2 ? await detector.detect(video.current).catch(() => []) : [];
        const code = codes[0]?.rawValue;
        // The same code held in front of the camera is one scan, not one per frame.
        if (code && code !== last) {
          last = code;
          submitCode(formTestId, code);
        }
        await new Promise((r) => setTimeout(r, 120));
      }
    })().catch(() => {
      setOn(false);
      setMessage(labels.failed);
    });
    return () => {
      stopped = true;
      stream?.getTracks().forEach((t) => t.stop());
    };
  }, [on, formTestId, labels.failed]);

  async function readPhoto(file: File | undefined) {
    if (!file) return;
    setMessage("");
    setReading(true);
    try {
      const detector = await barcodeDetector();
      const codes = await detector.detect(await createImageBitmap(file));
      if (codes[0]?.rawValue) submitCode(formTestId, codes[0].rawValue);
      else setMessage(labels.none);
    } catch {
      setMessage(labels.none);
    } finally {
      setReading(false);
    }
  }

  return (
    <div className="mt-3 flex flex-wrap items-center gap-2" data-testid="camera-scan">
      {live ? (
        <button type="button" className="btn-secondary text-sm" onClick={() => { setMessage(""); setOn(!on); }} data-testid="camera-live">
          {on ? labels.stop : labels.live}
        </button>
      ) : null}
      <label className="btn-secondary cursor-pointer text-sm" aria-busy={reading}>
        {labels.photo}
        <input type="file" accept="image/*" capture="environment" className="sr-only" data-testid="camera-photo" onChange={(e) => { void readPhoto(e.target.files?.[0]); e.target.value = ""; }} />
      </label>
      <p role="status" className="text-sm text-amber-700" data-testid="camera-message">{message}</p>
      {on ? <video ref={video} className="mt-2 w-full max-w-sm basis-full rounded-lg" muted playsInline data-testid="camera-video" /> : null}
    </div>
  );
}
