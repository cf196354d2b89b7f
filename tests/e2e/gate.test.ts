// The gate seen from a browser: a wrong password is a message next to the password field in the
// page's language (Chinese, and Arabic right-to-left) with the e-mail kept; an inline script
// injected into a page is blocked by the CSP and reported.
import { describe, expect, it } from "vitest";
import { useBrowser } from "./browser";

const { newPage } = useBrowser();

const WRONG_PASSWORD = { zh: "邮箱或密码错误。", ar: "البريد الإلكتروني أو كلمة المرور غير صحيحة." } as const;

describe("the gate in the browser", () => {
  for (const locale of ["zh", "ar"] as const) {
    it(`shows a wrong password next to the field in ${locale}, keeping the e-mail`, async () => {
      const page = await newPage({ locale });
      await page.goto(`/${locale}/sign-in`);
      await page.getByTestId("sign-in-form").locator("input[name=email]").fill("buyer@haozao.test");
      await page.getByTestId("sign-in-form").locator("input[name=password]").fill("not-the-password");
      await page.getByTestId("sign-in-submit").click();
      await expect.poll(() => page.getByTestId("error-password").innerText().catch(() => ""), { timeout: 30_000 }).toBe(WRONG_PASSWORD[locale]);
      expect(await page.getByTestId("sign-in-form").locator("input[name=email]").inputValue()).toBe("buyer@haozao.test");
      expect(await page.locator("html").getAttribute("dir")).toBe(locale === "ar" ? "rtl" : "ltr");
      expect(page.url()).toContain(`/${locale}/sign-in`);
      await page.context().close();
    });
  }

  it("blocks an inline script injected into a page and reports the violation", async () => {
    // The browser logs the blocked script as a console error: that one is the point of the test.
    const page = await newPage({ expectErrors: [/violates the following Content Security Policy directive/] });
    await page.addInitScript(() => {
      (window as unknown as { __violations: string[] }).__violations = [];
      document.addEventListener("securitypolicyviolation", (e) => (window as unknown as { __violations: string[] }).__violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
    });
    const reported = page.waitForRequest((r) => r.url().includes("/api/csp-report") && r.method() === "POST", { timeout: 30_000 }).catch(() => null);
    // An attacker's markup in the page, as a stored XSS would put it there.
    await page.route("**/en/sign-in", async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace("</body>", "<script>window.__pwned = true</script></body>");
      await route.fulfill({ response, body: html });
    });
    const response = await page.goto("/en/sign-in");
    expect(response?.headers()["content-security-policy"]).toMatch(/'nonce-[^']+'/);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations), { timeout: 30_000 }).toContainEqual(expect.stringMatching(/^script-src(-elem)? inline/));
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    // The page itself still works: its own (nonced) scripts ran and hydrated the form.
    await expect.poll(() => page.getByTestId("sign-in-submit").isEnabled(), { timeout: 30_000 }).toBe(true);
    expect(await reported).not.toBeNull();
    await page.context().close();
  });

  it("sends the security headers on a cached catalogue page", async () => {
    const page = await newPage();
    const response = await page.goto("/en");
    const headers = response!.headers();
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("microphone=()");
    expect(headers["strict-transport-security"]).toContain("max-age=");
    await page.context().close();
  });
});
