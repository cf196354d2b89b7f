import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** A Chromium for the test file, and a fresh page (own cookies) per call of `newPage`. */
export function useBrowser() {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const baseUrl = inject("baseUrl");
  return {
    baseUrl,
    async newPage(options: { locale?: string; width?: number; height?: number } = {}): Promise<Page> {
      const context = await browser.newContext({
        baseURL: baseUrl,
        locale: options.locale ?? "en-US",
        viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
      });
      return context.newPage();
    },
  };
}
