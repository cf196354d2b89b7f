import type { TestProject } from "vitest/node";
export default async function setup(project: TestProject) {
  project.provide("baseUrl", process.env.WH_BASE_URL!);
  project.provide("databaseUrl", "");
}
