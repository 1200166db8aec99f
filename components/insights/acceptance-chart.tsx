// Acceptance of personal against default invitations: a bar for each group's rate and a whisker for its 95% Wilson
// interval. Only groups with enough invitations are drawn; a group with too few is said so in words instead.
import { scaleLinear } from "d3-scale";
import type { RateEstimate } from "@/lib/insights/types";
import { ChartFigure, DataTable } from "./chart-figure";
import { acceptanceCaption, acceptanceStatement } from "@/lib/insights/wording";

const SIZE = { width: 360, row: 36, top: 4, axis: 22, left: 92, right: 12 };

type Row = { label: string; estimate: RateEstimate; fill: string };

export function AcceptanceChart({ personal, plain }: { personal: RateEstimate; plain: RateEstimate }) {
  const rows: Row[] = [
    { label: "Personal", estimate: personal, fill: "fill-accent" },
    { label: "Default", estimate: plain, fill: "fill-input" },
  ];
  const drawn = rows.filter((row) => !row.estimate.tooFew && row.estimate.rate !== null);
  if (drawn.length === 0) return null;
  const { width, row: rowHeight, top, axis, left, right } = SIZE;
  const height = top + drawn.length * rowHeight + axis;
  const x = scaleLinear().domain([0, 1]).range([left, width - right]);
  const ticks = [0, 0.25, 0.5, 0.75, 1];

  return (
    <ChartFigure
      id="acceptance"
      caption={acceptanceCaption(personal, plain)}
      width={width}
      height={height}
      svgClassName="max-w-lg"
      table={
        <DataTable
          caption="Acceptance of the invitations you sent"
          head={["Invitations", "Sent", "Accepted", "Acceptance (95% interval)"]}
          rows={rows.map(({ label, estimate }) => [label, estimate.total, estimate.hits, acceptanceStatement(estimate)])}
        />
      }
    >
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={x(tick)} x2={x(tick)} y1={top} y2={height - axis} className="stroke-border" strokeWidth={1} />
          <text x={x(tick)} y={height - axis + 14} textAnchor="middle" className="fill-muted-foreground text-[11px] tabular-nums">
            {`${tick * 100}%`}
          </text>
        </g>
      ))}
      {drawn.map(({ label, estimate, fill }, index) => {
        const middle = top + index * rowHeight + rowHeight / 2;
        const [rate, low, high] = [estimate.rate ?? 0, estimate.low ?? 0, estimate.high ?? 0];
        return (
          <g key={label}>
            <text x={0} y={middle} dy="-0.2em" className="fill-foreground text-[12px] font-medium">
              {label}
            </text>
            <text x={0} y={middle} dy="1.05em" className="fill-muted-foreground text-[11px] tabular-nums">
              {`${Math.round(rate * 100)}% of ${estimate.total}`}
            </text>
            <rect x={x(0)} y={middle - 7} width={Math.max(0, x(rate) - x(0))} height={14} className={fill} />
            <line x1={x(low)} x2={x(high)} y1={middle} y2={middle} className="stroke-foreground" strokeWidth={1.5} />
            <line x1={x(low)} x2={x(low)} y1={middle - 6} y2={middle + 6} className="stroke-foreground" strokeWidth={1.5} />
            <line x1={x(high)} x2={x(high)} y1={middle - 6} y2={middle + 6} className="stroke-foreground" strokeWidth={1.5} />
          </g>
        );
      })}
    </ChartFigure>
  );
}
