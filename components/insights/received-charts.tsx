// The received breakdown's two charts: one bar split by class (how much of the inbox is LinkedIn's default text), and
// stacked bars per month. Geometry from d3-scale/d3-shape, rendered on the server.
import { scaleBand, scaleLinear } from "d3-scale";
import { stack } from "d3-shape";
import type { ReceivedPanel } from "@/lib/insights/types";
import { ChartFigure, ClassLegend, CLASS_KEYS, CLASS_STYLES, DataTable, type ClassKey } from "./chart-figure";
import { monthLabel, monthlyCaption, receivedCaption } from "@/lib/insights/wording";

const BAR = { width: 360, height: 24 };

export function ReceivedShareChart({ received }: { received: ReceivedPanel }) {
  const x = scaleLinear().domain([0, received.total]).range([0, BAR.width]);
  const counts = { default: received.default.count, greetingOnly: received.greetingOnly.count, personal: received.personal.count };
  const segments = stack<typeof counts, ClassKey>()
    .keys(CLASS_KEYS)([counts])
    .map((layer) => ({ key: layer.key, x: x(layer[0]![0]), width: x(layer[0]![1]) - x(layer[0]![0]) }));
  return (
    <ChartFigure
      id="received-share"
      caption={receivedCaption(received)}
      width={BAR.width}
      height={BAR.height}
      stretch
      svgClassName="h-6 rounded-sm"
      legend={<ClassLegend />}
      table={
        <DataTable
          caption="Invitations received by class"
          head={["Class", "Invitations", "Share"]}
          rows={[...CLASS_KEYS.map((key) => [CLASS_STYLES[key].label, received[key].count, `${received[key].percent}%`]), ["All", received.total, "100%"]]}
        />
      }
    >
      {segments.map((segment) => (segment.width > 0 ? <rect key={segment.key} x={segment.x} y={0} width={segment.width} height={BAR.height} className={CLASS_STYLES[segment.key].fill} /> : null))}
    </ChartFigure>
  );
}

const MONTHLY = { width: 360, height: 180, top: 8, right: 4, bottom: 30, left: 28 };

export function ReceivedByMonthChart({ byMonth }: { byMonth: ReceivedPanel["byMonth"] }) {
  const { width, height, top, right, bottom, left } = MONTHLY;
  const months = byMonth.map((month) => month.month);
  // Equal inner and half outer padding: each bar sits at the centre of its twelfth (or nth) of the axis.
  const x = scaleBand<string>().domain(months).range([left, width - right]).paddingInner(0.2).paddingOuter(0.1);
  const highest = Math.max(1, ...byMonth.map((month) => month.default + month.greetingOnly + month.personal));
  const y = scaleLinear().domain([0, highest]).nice(4).range([height - bottom, top]);
  const ticks = y.ticks(4).filter(Number.isInteger);
  const series = stack<ReceivedPanel["byMonth"][number], ClassKey>().keys(CLASS_KEYS)(byMonth);
  const barWidth = Math.min(x.bandwidth(), 36);
  const every = Math.ceil(months.length / 8);

  return (
    <ChartFigure
      id="received-by-month"
      caption={monthlyCaption(byMonth)}
      width={width}
      height={height}
      svgClassName="max-w-lg"
      legend={<ClassLegend />}
      table={
        <DataTable
          caption="Invitations received per month, by class"
          head={["Month", ...CLASS_KEYS.map((key) => CLASS_STYLES[key].label), "All"]}
          rows={byMonth.map((month) => [monthLabel(month.month), month.default, month.greetingOnly, month.personal, month.default + month.greetingOnly + month.personal])}
        />
      }
    >
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={left} x2={width - right} y1={y(tick)} y2={y(tick)} className="stroke-border" strokeWidth={1} />
          <text x={left - 4} y={y(tick)} dy="0.32em" textAnchor="end" className="fill-muted-foreground text-[11px] tabular-nums">
            {tick}
          </text>
        </g>
      ))}
      {series.map((layer) =>
        layer.map(([from, to], index) => {
          const month = months[index]!;
          const rectHeight = y(from) - y(to);
          if (rectHeight <= 0) return null;
          return (
            <rect
              key={`${layer.key}-${month}`}
              x={(x(month) ?? 0) + (x.bandwidth() - barWidth) / 2}
              y={y(to)}
              width={barWidth}
              height={rectHeight}
              className={CLASS_STYLES[layer.key].fill}
            />
          );
        }),
      )}
      {months.map((month, index) =>
        index % every === 0 ? (
          <text key={month} x={(x(month) ?? 0) + x.bandwidth() / 2} y={height - bottom + 12} textAnchor="middle" className="fill-muted-foreground text-[11px]">
            {monthLabel(month, true)}
            {(index === 0 || month.endsWith("-01")) && (
              <tspan x={(x(month) ?? 0) + x.bandwidth() / 2} dy="1.15em">
                {month.slice(0, 4)}
              </tspan>
            )}
          </text>
        ) : null,
      )}
    </ChartFigure>
  );
}
