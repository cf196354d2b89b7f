// Cache tags of catalogue data. A listing's page depends on `listing:<id>`; grids on `catalog`.
export const catalogTags = {
  catalog: "catalog",
  categories: "categories",
  rates: "rates",
  shipping: "shipping-lines",
  /** The published factory reliability figures (lib/warehouse/refresh-factory-reliability.ts). */
  reliability: "factory-reliability",
  /** Agents' fees and warehouses (the landed-cost estimate of a listing page). */
  agents: "agents",
  listing: (id: number) => `listing:${id}`,
  factory: (id: number) => `factory:${id}`,
};
