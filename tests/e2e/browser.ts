import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect, inject } from "vitest";

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

export function launchChromium(extraArgs: string[] = []) {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/** A phone's width: no page may be wider than this screen. */
export const PHONE_WIDTH = 360;

interface Watched {
  /** Console errors (hydration mismatches included) and uncaught exceptions. */
  errors: string[];
  /** Pages wider than the screen, at PHONE_WIDTH or less. */
  wide: string[];
  pending: Promise<void>[];
}

/** Document wider than the viewport (something scrolls sideways), as "path: 457 px > 390 px", or null. */
export async function sidewaysScroll(page: Page): Promise<string | null> {
  const { width, viewport, path } = await page.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
    path: location.pathname + location.search,
  }));
  return width > viewport ? `${path}: ${width} px > ${viewport} px` : null;
}

/**
 * Text pushed off a phone's screen and cut by an `overflow: hidden` box (the document does not
 * scroll, but the buyer cannot read it): text outside the viewport that no sideways scroller holds.
 */
export async function textOffScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const element = node.parentElement;
      if (!text || !element || element.closest("[aria-hidden=true], .sr-only, script, style, template")) continue;
      const style = getComputedStyle(element);
      if (style.visibility === "hidden" || style.display === "none" || element.offsetParent === null) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rect = range.getBoundingClientRect();
      if (rect.width === 0 || (rect.right <= window.innerWidth + 1 && rect.left >= -1)) continue;
      let scroller: Element | null = element;
      while (scroller && !["auto", "scroll"].includes(getComputedStyle(scroller).overflowX)) scroller = scroller.parentElement;
      if (scroller) continue;
      // Truncation with an ellipsis or a line clamp is deliberate.
      let box: Element | null = element;
      while (box && getComputedStyle(box).textOverflow !== "ellipsis" && getComputedStyle(box).webkitLineClamp === "none") box = box.parentElement;
      if (box) continue;
      out.push(`${location.pathname}: "${text.slice(0, 40)}" at ${Math.round(rect.left)}–${Math.round(rect.right)} px`);
    }
    return out;
  });
}

/**
 * A Chromium for the test file, and a fresh page (own cookies) per call of `newPage`. Every page is
 * watched: a test fails on any console error (a hydration mismatch included) or uncaught exception,
 * and, on a screen of PHONE_WIDTH or less, on any page it loads that is wider than the screen.
 * A 404 page the test asked for, or a 4xx answer the page's own script handles, is not an error.
 */
export function useBrowser(launch: { args?: () => string[] } = {}) {
  let browser: Browser;
  const watched: Watched[] = [];
  beforeAll(async () => {
    browser = await launchChromium(launch.args?.());
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    const all = watched.splice(0);
    await Promise.all(all.flatMap((w) => w.pending));
    expect(all.flatMap((w) => w.errors), "console errors").toEqual([]);
    expect(all.flatMap((w) => w.wide), "pages wider than a phone's screen").toEqual([]);
  });
  const baseUrl = inject("baseUrl");
  return {
    baseUrl,
    /** `expectErrors`: console errors the test itself provokes (e.g. a CSP violation it injects). */
    async newPage(options: { locale?: string; width?: number; height?: number; expectErrors?: RegExp[] } = {}): Promise<Page> {
      const width = options.width ?? 1280;
      const context = await browser.newContext({
        baseURL: baseUrl,
        locale: options.locale ?? "en-US",
        viewport: { width, height: options.height ?? 900 },
      });
      const page = await context.newPage();
      const w: Watched = { errors: [], wide: [], pending: [] };
      watched.push(w);
      const documentErrors = new Set<string>();
      page.on("response", (response) => {
        // A page's document, or its React Server Components payload in a client-side navigation, that
        // the test asked for; or a refusal (4xx) of a call the page makes and answers itself (a photo
        // that is not an image). A missing image, script or font, or any 5xx, stays an error.
        const request = response.request();
        const status = response.status();
        const navigation = request.isNavigationRequest() || request.headers()["rsc"] === "1";
        const handledRefusal = status < 500 && ["fetch", "xhr"].includes(request.resourceType());
        if (status >= 400 && (navigation || handledRefusal)) documentErrors.add(response.url());
      });
      page.on("console", (message) => {
        if (message.type() !== "error") return;
        const text = message.text();
        if (/^Failed to load resource/.test(text) && documentErrors.has(message.location().url)) return;
        if (options.expectErrors?.some((pattern) => pattern.test(text))) return;
        const source = message.location().url;
        w.errors.push(`${page.url()}: ${text}${source && source !== page.url() ? ` (${source})` : ""}`);
      });
      page.on("pageerror", (error) => w.errors.push(`${page.url()}: uncaught ${error.message}`));
      if (width <= PHONE_WIDTH) {
        page.on("load", () => {
          w.pending.push(
            sidewaysScroll(page).then(
              (wide) => void (wide && w.wide.push(wide)),
              () => undefined, // closed or navigated away meanwhile
            ),
          );
        });
      }
      return page;
    },
  };
}
