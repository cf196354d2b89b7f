// Demo exchange rates (units per 1 CNY), fixed so that seeding and tests are deterministic.
export const demoRates: Record<string, string> = {
  USD: "0.138500", EUR: "0.131000", GBP: "0.109500", CNY: "1", JPY: "21.150000",
  KRW: "196.400000", RUB: "11.200000", MNT: "470.500000", AED: "0.508700", VND: "3625.000000",
};
