"use client";
// The phone camera as a scanner where the browser can read barcodes (BarcodeDetector): a read code
// goes into the scan input and the form is submitted, as a keyboard-wedge scanner would do.
import { useEffect, useRef, useState } from "react";

interface Detector { detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]> }
type DetectorClass = new (options: { formats: string[] }) => Detector;

export function CameraScan({ formTestId, label, stopLabel }: { formTestId: string; label: string; stopLabel: string }) {
  const [supported, setSupported] = useState(false);
  const [on, setOn] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  useEffect(() => setSupported(typeof window !== "undefined" && "BarcodeDetector" in window && !!navigator.mediaDevices), []);
  useEffect(() => {
    if (!on) return;
    let stream: MediaStream | null = null;
    let stopped = false;
    const Detector = (window as unknown as { BarcodeDetector: DetectorClass }).BarcodeDetector;
    const detector = new Detector({ formats: ["code_128", "code_39", "ean_13", "qr_code"] });
    (async () => {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } });
      if (!video.current) return;
      video.current.srcObject = stream;
      await video.current.play();
      while (!stopped) {
        const codes = await detector.detect(video.current).catch(() => []);
        if (codes[0]?.rawValue) {
          const form = document.querySelector<HTMLFormElement>(`[data-testid="${formTestId}"]`);
          const input = form?.querySelector<HTMLInputElement>("input[name=code]");
          if (form && input) {
            input.value = codes[0].rawValue;
            form.requestSubmit();
          }
          await new Promise((r) => setTimeout(r, 1500));
        }
        await new Promise((r) => requestAnimationFrame(r));
      }
    })().catch(() => setOn(false));
    return () => {
      stopped = true;
      stream?.getTracks().forEach((t) => t.stop());
    };
  }, [on, formTestId]);
  if (!supported) return null;
  return (
    <div className="mt-2">
      <button type="button" className="btn-secondary text-sm" onClick={() => setOn(!on)}>{on ? stopLabel : label}</button>
      {on ? <video ref={video} className="mt-2 w-full max-w-sm rounded-lg" muted playsInline /> : null}
    </div>
  );
}
