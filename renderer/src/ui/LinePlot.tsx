/**
 * A small SVG line chart for a few dozen points at most (the assessment's score history). It draws on a
 * fixed viewBox that the browser scales to the box's width, so it needs no DOM measuring, no effects and no
 * store: one render, a few hundred elements at most. A chart library's first draw cost 200–300 ms of main
 * thread for a 20-point chart (recharts 3: its redux store, measuring the DOM).
 *
 * It is drawn for the eye only (`aria-hidden`): whatever shows it must carry the same numbers in a table.
 * Each dot has a `<title>`, the native hover tooltip.
 */
import { formatTick } from './format';
import { PlotLegend } from './PlotLegend';
import { PLOT_FONT_SIZE, textWidth } from './plot-text';

/** The viewBox's width; the height is a prop. The browser scales both to the box's width. */
export const LINE_PLOT_WIDTH = 720;
export const LINE_PLOT_HEIGHT = 260;

/** Room for the axis labels: y ticks on the left, x labels below. */
const MARGIN = { top: 12, right: 16, bottom: 32, left: 40 } as const;
/** The first and last points sit this far inside the plot, so their dots and labels clear the axes. */
const X_INSET = 24;
/** Space kept between two x labels. */
const LABEL_GAP = 8;
const MAX_X_LABELS = 8;
const DOT_RADIUS = 4;

export interface LinePlotPoint {
  label: string;
}

export interface LinePlotSeries {
  key: string;
  name: string;
  /** One value per point, in the points' order; null leaves a gap in the line. */
  values: readonly (number | null)[];
  color: string;
  dashed?: boolean;
  /** On each dot (exactly one element per drawn value carries it). */
  dotClassName?: string;
  lineClassName?: string;
}

export interface LinePlotProps {
  /** The x categories, in order. */
  points: readonly LinePlotPoint[];
  yDomain: readonly [number, number];
  yTicks: readonly number[];
  series: readonly LinePlotSeries[];
  /** The viewBox's height (its width is LINE_PLOT_WIDTH). */
  height?: number;
  className?: string;
}

export interface PlotArea {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The plot's rectangle inside a viewBox of this size (the margins hold the axis labels). */
export function plotArea(width: number, height: number): PlotArea {
  return {
    width,
    height,
    left: MARGIN.left,
    right: width - MARGIN.right,
    top: MARGIN.top,
    bottom: height - MARGIN.bottom,
  };
}

/** The x of the index-th of `count` points: evenly spread, inset from the axes; a single point is centred. */
export function xScale(count: number, area: PlotArea): (index: number) => number {
  const first = area.left + X_INSET;
  const last = area.right - X_INSET;
  if (count <= 1) return () => (first + last) / 2;
  const step = (last - first) / (count - 1);
  return (index) => first + index * step;
}

/** The y of a value: the domain's low end at the plot's bottom, its high end at the top. Clamped to the domain. */
export function yScale(domain: readonly [number, number], area: PlotArea): (value: number) => number {
  const [low, high] = domain;
  const span = high - low;
  if (span === 0) return () => (area.top + area.bottom) / 2;
  return (value) => {
    const t = Math.min(1, Math.max(0, (value - low) / span));
    return area.bottom - t * (area.bottom - area.top);
  };
}

/**
 * Show every `every`-th x label, counted back from the last one (which is always shown). The smallest
 * step that keeps at most `maxLabels` labels and at least `minSpacing` viewBox units between two of them.
 */
export function xLabelEvery(
  count: number,
  pointSpacing: number,
  minSpacing: number,
  maxLabels: number,
): number {
  if (count <= 1) return 1;
  const byCount = Math.ceil(count / Math.max(1, maxLabels));
  const bySpace = pointSpacing > 0 ? Math.ceil(minSpacing / pointSpacing) : count;
  return Math.max(1, byCount, bySpace);
}

/** The indices whose x label is shown, in order: the last one, then every `every`-th one before it. */
export function xLabelIndices(count: number, every: number): number[] {
  const step = Math.max(1, Math.floor(every));
  const shown: number[] = [];
  for (let i = count - 1; i >= 0; i -= step) shown.unshift(i);
  return shown;
}

/** Estimated width of a label's text, in viewBox units. */
export function labelWidth(label: string): number {
  return textWidth(label.length);
}

/** The x at which a centred label of this text stays inside a viewBox of this width. */
export function labelX(x: number, label: string, width: number): number {
  const half = Math.min(labelWidth(label) / 2, width / 2);
  return Math.min(width - half, Math.max(half, x));
}

/** A path through the values; a null starts a new segment (a move), so the line has a gap there. */
export function linePath(
  values: readonly (number | null)[],
  x: (index: number) => number,
  y: (value: number) => number,
): string {
  const parts: string[] = [];
  let drawing = false;
  values.forEach((value, index) => {
    if (value === null || !Number.isFinite(value)) {
      drawing = false;
      return;
    }
    parts.push(`${drawing ? 'L' : 'M'}${round(x(index))},${round(y(value))}`);
    drawing = true;
  });
  return parts.join(' ');
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function classes(...names: (string | undefined)[]): string {
  return names.filter((name) => name !== undefined && name !== '').join(' ');
}

export function LinePlot({
  points,
  yDomain,
  yTicks,
  series,
  height = LINE_PLOT_HEIGHT,
  className,
}: LinePlotProps) {
  const width = LINE_PLOT_WIDTH;
  const area = plotArea(width, height);
  const x = xScale(points.length, area);
  const y = yScale(yDomain, area);
  const longest = points.reduce((max, p) => Math.max(max, labelWidth(p.label)), 0);
  const every = xLabelEvery(points.length, x(1) - x(0), longest + LABEL_GAP, MAX_X_LABELS);
  const labelled = xLabelIndices(points.length, every);
  const labelY = area.bottom + 8 + PLOT_FONT_SIZE;

  return (
    <div className={classes('line-plot', className)} aria-hidden="true">
      <svg
        className="line-plot__svg"
        viewBox={`0 0 ${width} ${height}`}
        preserveAspectRatio="xMidYMid meet"
        focusable="false"
        fontSize={PLOT_FONT_SIZE}
      >
        <g className="line-plot__grid" stroke="var(--border)" strokeDasharray="3 3">
          {yTicks.map((tick) => (
            <line key={tick} x1={area.left} x2={area.right} y1={y(tick)} y2={y(tick)} />
          ))}
        </g>
        <g className="line-plot__axes" stroke="var(--text-muted)">
          <line x1={area.left} x2={area.left} y1={area.top} y2={area.bottom} />
          <line x1={area.left} x2={area.right} y1={area.bottom} y2={area.bottom} />
          {labelled.map((index) => (
            <line key={index} x1={x(index)} x2={x(index)} y1={area.bottom} y2={area.bottom + 5} />
          ))}
        </g>
        <g className="line-plot__y-labels" fill="var(--text-muted)" textAnchor="end">
          {yTicks.map((tick) => (
            <text key={tick} x={area.left - 8} y={y(tick)} dy="0.32em">
              {formatTick(tick)}
            </text>
          ))}
        </g>
        <g className="line-plot__x-labels" fill="var(--text-muted)" textAnchor="middle">
          {labelled.map((index) => {
            const label = points[index]?.label ?? '';
            return (
              <text key={index} x={labelX(x(index), label, width)} y={labelY}>
                {label}
              </text>
            );
          })}
        </g>
        {series.map((s) => {
          // A value past the last point has no x category: it is not drawn.
          const values = s.values.slice(0, points.length);
          return (
            <g key={s.key} className="line-plot__series">
              <path
                className={classes('line-plot__line', s.lineClassName)}
                d={linePath(values, x, y)}
                fill="none"
                stroke={s.color}
                strokeWidth={2}
                strokeLinejoin="round"
                strokeDasharray={s.dashed ? '6 3' : undefined}
              />
              {values.map((value, index) =>
                value === null || !Number.isFinite(value) ? null : (
                  <circle
                    key={index}
                    className={classes('line-plot__dot', s.dotClassName)}
                    cx={x(index)}
                    cy={y(value)}
                    r={DOT_RADIUS}
                    fill={s.color}
                    stroke="var(--surface)"
                    strokeWidth={1.5}
                  >
                    <title>{`${points[index]?.label ?? ''} — ${s.name}: ${value}`}</title>
                  </circle>
                ),
              )}
            </g>
          );
        })}
      </svg>
      <PlotLegend series={series} dots />
    </div>
  );
}

const SPARK_WIDTH = 300;

/**
 * A bare trend line (no axes, no dots, no legend) that fills its box: the width stretches, the stroke
 * keeps its thickness. For a small card beside a number; like LinePlot, hidden from assistive technology,
 * so the caller keeps a table with the values.
 */
export function Sparkline({
  values,
  yDomain,
  color,
  height = 70,
}: {
  values: readonly (number | null)[];
  yDomain: readonly [number, number];
  color: string;
  height?: number;
}) {
  const pad = 4;
  const x = (index: number) =>
    values.length < 2 ? SPARK_WIDTH / 2 : (SPARK_WIDTH * index) / (values.length - 1);
  // The plot's own y scale, over the whole box but a stroke's padding (no axes to make room for).
  const y = yScale(yDomain, {
    width: SPARK_WIDTH,
    height,
    left: 0,
    right: SPARK_WIDTH,
    top: pad,
    bottom: height - pad,
  });
  return (
    <svg
      className="sparkline"
      viewBox={`0 0 ${SPARK_WIDTH} ${height}`}
      preserveAspectRatio="none"
      width="100%"
      height={height}
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={linePath(values, x, y)}
        fill="none"
        stroke={color}
        strokeWidth={2}
        strokeLinejoin="round"
        vectorEffect="non-scaling-stroke"
      />
    </svg>
  );
}
