// A chart as a figure: the SVG is one image named by its caption (which says the finding in words), and the same
// numbers follow as a table behind "Show as table". Server-rendered: no chart code reaches the browser.
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

/** The three classes of an invitation, in the order the charts stack them, with the theme's colours (dark mode too). */
export const CLASS_STYLES = {
  default: { label: "Default", fill: "fill-input", swatch: "bg-input" },
  greetingOnly: { label: "Greeting only", fill: "fill-accent/45", swatch: "bg-accent/45" },
  personal: { label: "Personal", fill: "fill-accent", swatch: "bg-accent" },
} as const;
export type ClassKey = keyof typeof CLASS_STYLES;
export const CLASS_KEYS: ClassKey[] = ["default", "greetingOnly", "personal"];

type ChartFigureProps = {
  id: string;
  caption: string;
  /** The viewBox's size: the SVG scales to the figure's width, so text stays legible from 375 px up. */
  width: number;
  height: number;
  /** `none` stretches a chart without text (a single bar) to any width. */
  stretch?: boolean;
  svgClassName?: string;
  children: ReactNode;
  legend?: ReactNode;
  table: ReactNode;
};

export function ChartFigure({ id, caption, width, height, stretch = false, svgClassName, children, legend, table }: ChartFigureProps) {
  return (
    <figure className="grid gap-2">
      <svg
        role="img"
        aria-labelledby={`${id}-caption`}
        viewBox={`0 0 ${width} ${height}`}
        preserveAspectRatio={stretch ? "none" : undefined}
        className={cn("block h-auto w-full overflow-visible", svgClassName)}
      >
        {children}
      </svg>
      {legend}
      <figcaption id={`${id}-caption`} className="text-sm text-foreground">
        {caption}
      </figcaption>
      <details className="text-sm">
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-accent hover:underline">Show as table</summary>
        <div className="overflow-x-auto">{table}</div>
      </details>
    </figure>
  );
}

/** Coloured squares naming the classes a chart stacks. */
export function ClassLegend() {
  return (
    <ul aria-hidden="true" className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground">
      {CLASS_KEYS.map((key) => (
        <li key={key} className="inline-flex items-center gap-1.5">
          <span className={cn("inline-block size-3 rounded-sm", CLASS_STYLES[key].swatch)} />
          {CLASS_STYLES[key].label}
        </li>
      ))}
    </ul>
  );
}

/** A plain data table in the house style (numbers right-aligned). */
export function DataTable({ head, rows, caption }: { head: string[]; rows: (string | number)[][]; caption?: string }) {
  return (
    <table className="mt-2 w-full border-collapse text-left text-sm tabular-nums">
      {caption && <caption className="sr-only">{caption}</caption>}
      <thead>
        <tr className="border-b">
          {head.map((cell, index) => (
            <th key={cell} scope="col" className={cn("px-2 py-1.5 font-medium", index > 0 && "text-right")}>
              {cell}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={String(row[0])} className="border-b last:border-b-0">
            {row.map((cell, index) =>
              index === 0 ? (
                <th key={index} scope="row" className="px-2 py-1.5 font-normal">
                  {cell}
                </th>
              ) : (
                <td key={index} className="px-2 py-1.5 text-right">
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
