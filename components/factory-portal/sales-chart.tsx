// Orders and revenue per day, drawn on the server as SVG: revenue as bars (left axis, CNY), orders as
// a line (right axis). Right-to-left pages mirror it (oldest day on the right, revenue axis on the
// right); positions are mirrored by hand and the SVG itself is laid out left-to-right, so text
// anchors mean the same in both directions. Screen readers get the figures as a table.
import { formatMoney } from "@/lib/money/format";

export interface ChartDay {
  day: string;
  orders: number;
  revenueFen: number;
}

interface Labels {
  title: string;
  revenue: string;
  orders: string;
  day: string;
  empty: string;
  /** "{orders} orders · {revenue}" for a day's tooltip, already bound to a formatter. */
  tooltip: (d: { date: string; orders: number; revenue: string }) => string;
}

const PAD = { top: 30, bottom: 34, axis: 60, axisEnd: 40 };

/** The smallest 1, 2, 2.5 or 5 x 10^k at or above a value. */
function niceMax(value: number, floor: number) {
  if (value <= floor) return floor;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

interface PlotProps {
  days: ChartDay[];
  locale: string;
  rtl: boolean;
  labels: Labels;
  /** Drawing size: the SVG scales to the container's width, so a phone gets a narrower drawing with the same text size. */
  width: number;
  height: number;
  labelEvery: number;
  className: string;
}

function Plot({ days, locale, rtl, labels, width: W, height: H, labelEvery, className }: PlotProps) {
  const maxRevenue = niceMax(Math.max(...days.map((d) => d.revenueFen)), 10_000);
  const maxOrders = Math.max(4, Math.ceil(Math.max(...days.map((d) => d.orders)) / 4) * 4);
  const x0 = PAD.axis;
  const x1 = W - PAD.axisEnd;
  const y0 = H - PAD.bottom;
  const plotH = y0 - PAD.top;
  const slot = (x1 - x0) / days.length;
  const bar = Math.max(3, slot * 0.62);
  // Left-to-right positions, mirrored for right-to-left pages.
  const mx = (x: number) => (rtl ? W - x : x);
  const anchor = (a: "start" | "end") => (rtl ? (a === "start" ? "end" : "start") : a);
  const center = (i: number) => x0 + slot * i + slot / 2;
  const yRevenue = (fen: number) => y0 - (fen / maxRevenue) * plotH;
  const yOrders = (n: number) => y0 - (n / maxOrders) * plotH;

  // Axis labels: compact yuan (the axis title names the currency). Bidi marks are dropped: the SVG is
  // laid out left-to-right and places each label itself.
  const plain = (text: string) => text.replace(/[\u200e\u200f\u061c]/g, "");
  const compactFormat = new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });
  const compact = { format: (yuan: number) => plain(compactFormat.format(yuan)) };
  const integerFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const integer = { format: (n: number) => plain(integerFormat.format(n)) };
  const dayFormat = new Intl.DateTimeFormat(locale, { month: "numeric", day: "numeric", timeZone: "UTC" });
  const dayLabel = { format: (d: Date) => plain(dayFormat.format(d)) };
  const dayLong = new Intl.DateTimeFormat(locale, { weekday: "short", month: "short", day: "numeric", timeZone: "UTC" });
  const date = (day: string) => new Date(`${day}T00:00:00Z`);
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  const points = days.map((d, i) => `${mx(center(i)).toFixed(1)},${yOrders(d.orders).toFixed(1)}`).join(" ");

  return (
    <svg viewBox={`0 0 ${W} ${H}`} className={className} aria-hidden direction="ltr" style={{ direction: "ltr" }} data-testid="sales-chart-svg">
      <text x={mx(4)} y={12} textAnchor={anchor("start")} className="fill-ink-500 text-[11px] font-medium">{labels.revenue}</text>
      <text x={mx(W - 4)} y={12} textAnchor={anchor("end")} className="fill-ink-500 text-[11px] font-medium">{labels.orders}</text>
      {ticks.map((f) => {
        const y = y0 - f * plotH;
        return (
          <g key={f}>
            {f > 0 ? <line x1={mx(x0)} x2={mx(x1)} y1={y} y2={y} stroke="#eef0f4" strokeWidth={1} /> : null}
            <text x={mx(x0 - 8)} y={y + 4} textAnchor={anchor("end")} className="fill-ink-500 text-[11px] tabular-nums">{compact.format((maxRevenue * f) / 100)}</text>
            <text x={mx(x1 + 8)} y={y + 4} textAnchor={anchor("start")} className="fill-ink-500 text-[11px] tabular-nums">{integer.format(maxOrders * f)}</text>
          </g>
        );
      })}
      {days.map((d, i) => {
        const h = y0 - yRevenue(d.revenueFen);
        return (
          <g key={d.day}>
            <title>{`${dayLong.format(date(d.day))}: ${labels.tooltip({ date: d.day, orders: d.orders, revenue: formatMoney(d.revenueFen, "CNY", locale) })}`}</title>
            <rect x={mx(center(i)) - slot / 2} y={PAD.top} width={slot} height={plotH} fill="transparent" />
            {d.revenueFen > 0 ? <rect x={mx(center(i)) - bar / 2} y={y0 - h} width={bar} height={Math.max(h, 1.5)} rx={Math.min(3, bar / 3)} className="fill-brand-500" /> : null}
            {(days.length - 1 - i) % labelEvery === 0 ? (
              <>
                <line x1={mx(center(i))} x2={mx(center(i))} y1={y0} y2={y0 + 4} stroke="#c6ccd6" strokeWidth={1} />
                <text x={mx(center(i))} y={H - 12} textAnchor="middle" className="fill-ink-500 text-[11px] tabular-nums">{dayLabel.format(date(d.day))}</text>
              </>
            ) : null}
          </g>
        );
      })}
      <line x1={mx(x0)} x2={mx(x1)} y1={y0} y2={y0} stroke="#c6ccd6" strokeWidth={1} />
      <polyline points={points} fill="none" stroke="#141a24" strokeWidth={2} strokeLinejoin="round" strokeLinecap="round" />
      {days.map((d, i) => (d.orders > 0 ? <circle key={d.day} cx={mx(center(i))} cy={yOrders(d.orders)} r={3.2} fill="#fff" stroke="#141a24" strokeWidth={2} /> : null))}
    </svg>
  );
}

export function SalesChart({ days, locale, rtl, labels }: { days: ChartDay[]; locale: string; rtl: boolean; labels: Labels }) {
  const empty = days.every((d) => d.orders === 0 && d.revenueFen === 0);
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const dayLong = new Intl.DateTimeFormat(locale, { weekday: "short", month: "short", day: "numeric", timeZone: "UTC" });
  const date = (day: string) => new Date(`${day}T00:00:00Z`);
  return (
    <figure className="min-w-0" data-testid="sales-chart" role="group" aria-labelledby="sales-chart-title">
      <figcaption className="flex flex-wrap items-center justify-between gap-3">
        <span className="text-base font-semibold text-ink-900" id="sales-chart-title">{labels.title}</span>
        <span className="flex items-center gap-4 text-xs text-ink-500" aria-hidden>
          <span className="flex items-center gap-1.5"><span className="h-2.5 w-2.5 rounded-sm bg-brand-500" />{labels.revenue}</span>
          <span className="flex items-center gap-1.5"><span className="h-0.5 w-4 rounded bg-ink-900" />{labels.orders}</span>
        </span>
      </figcaption>
      <div className="relative mt-3">
        <Plot days={days} locale={locale} rtl={rtl} labels={labels} width={760} height={270} labelEvery={5} className="hidden h-auto w-full sm:block" />
        <Plot days={days} locale={locale} rtl={rtl} labels={labels} width={380} height={250} labelEvery={10} className="h-auto w-full sm:hidden" />
        {empty ? (
          <p className="absolute inset-x-0 top-1/3 mx-auto w-fit max-w-[80%] rounded-lg bg-white/90 px-3 py-2 text-center text-sm text-ink-500 shadow-sm" data-testid="sales-chart-empty">
            {labels.empty}
          </p>
        ) : null}
      </div>
      {/* The figures for screen readers (the drawing is hidden from them). */}
      <table className="sr-only">
        <caption>{labels.title}</caption>
        <thead>
          <tr><th scope="col">{labels.day}</th><th scope="col">{labels.orders}</th><th scope="col">{labels.revenue}</th></tr>
        </thead>
        <tbody>
          {days.map((d) => (
            <tr key={d.day}><th scope="row">{dayLong.format(date(d.day))}</th><td>{integer.format(d.orders)}</td><td>{formatMoney(d.revenueFen, "CNY", locale)}</td></tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
