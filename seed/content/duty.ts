// Import duty by HS prefix for a few destinations: indicative most-favoured-nation rates in basis
// points, enough for the checkout to show duty where it is known (and say so where it is not).
const eu = { "3926": 650, "4202": 300, "6109": 1200, "6201": 1200, "9503": 470, "8518": 200, "9405": 470, "7323": 320, "4820": 0, "6302": 1200, "8504": 0, "3304": 0 };
const us = { "3926": 530, "4202": 1760, "6109": 1650, "6201": 2770, "9503": 0, "8518": 490, "9405": 390, "7323": 340, "4820": 0, "6302": 670, "8504": 150, "3304": 0 };
const gb = { "3926": 600, "4202": 200, "6109": 1200, "6201": 1200, "9503": 0, "8518": 200, "9405": 400, "7323": 200, "4820": 0, "6302": 1200, "8504": 0, "3304": 0 };
const jp = { "3926": 390, "4202": 800, "6109": 740, "6201": 910, "9503": 0, "8518": 0, "9405": 0, "7323": 0, "4820": 0, "6302": 670, "8504": 0, "3304": 0 };

export const dutyRateSeed: { country: string; hsPrefix: string; rateBps: number }[] = Object.entries({
  DE: eu, FR: eu, ES: eu, GB: gb, US: us, JP: jp,
}).flatMap(([country, rates]) => Object.entries(rates).map(([hsPrefix, rateBps]) => ({ country, hsPrefix, rateBps })));
