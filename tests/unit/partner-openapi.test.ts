// The partner API's document cannot drift: it is generated from the endpoint definitions, and the
// committed document and client types (lib/partners/client) must equal a fresh generation.
import fs from "node:fs";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { DOCUMENT_PATH, generate, TYPES_PATH } from "../../scripts/generate-api-client";

describe("the partner API document", () => {
  it("is OpenAPI 3.1 by an independent validator, and the committed copy and client types are current", async () => {
    const { json, types } = await generate();
    const validator = new Validator();
    const result = await validator.validate(JSON.parse(json));
    expect(result.errors ?? null).toBeNull();
    expect(validator.version).toBe("3.1");
    expect(fs.readFileSync(DOCUMENT_PATH, "utf8"), "run npm run api:client").toBe(json);
    expect(fs.readFileSync(TYPES_PATH, "utf8"), "run npm run api:client").toBe(types);
  }, 60_000);
});
