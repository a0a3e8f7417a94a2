/**
 * The legend under our SVG plots (ui/LinePlot, ui/RadarPlot): one swatch per series, a line (dashed
 * like the series) with a dot when the plot marks its points. Part of the drawing, so it is hidden from
 * assistive technology with it; the table beside every chart names the series.
 */
export interface LegendEntry {
  key: string;
  name: string;
  color: string;
  dashed?: boolean | undefined;
}

export function PlotLegend({ series, dots = false }: { series: readonly LegendEntry[]; dots?: boolean }) {
  return (
    <ul className="plot-legend">
      {series.map((s) => (
        <li key={s.key} className="plot-legend__item">
          <svg className="plot-legend__swatch" viewBox="0 0 24 10" width={24} height={10} focusable="false">
            <line
              x1={1}
              x2={23}
              y1={5}
              y2={5}
              stroke={s.color}
              strokeWidth={dots ? 2 : 3}
              strokeDasharray={s.dashed ? '6 3' : undefined}
            />
            {dots ? <circle cx={12} cy={5} r={3} fill={s.color} /> : null}
          </svg>
          {s.name}
        </li>
      ))}
    </ul>
  );
}
