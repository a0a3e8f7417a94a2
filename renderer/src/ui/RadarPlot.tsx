/**
 * A radar (spider) chart in plain SVG: rings for the levels 1..max, one spoke per axis (axis 0 at the top,
 * then clockwise), and one polygon per series. It draws from a fixed viewBox with plain trigonometry —
 * nothing is measured, nothing runs after the render — so a first draw costs a few hundred SVG nodes.
 *
 * Labels carry the full axis name, wrapped at word boundaries, and the viewBox leaves room for the widest
 * label a wrap allows (and a "not rated" line under it), so none is ever clipped. A missing value (`null`)
 * is not a zero: the series' outline breaks at that axis, leaving a visible gap, and its fill covers only
 * the sectors between neighbouring rated axes.
 *
 * Presentational only: the caller hides it from assistive technology (DeferredChart does) and shows the
 * same numbers in a table.
 */
import { PlotLegend } from './PlotLegend';
import { PLOT_FONT_SIZE, textWidth } from './plot-text';

export interface RadarAxis {
  id: string;
  label: string;
  /** Marks an axis with no value yet: its label says so under the name, and its spoke is dashed. */
  unrated?: boolean;
}

/** The line under the name of an unrated axis. */
export const UNRATED_NOTE = 'not rated';

export interface RadarSeries {
  key: string;
  name: string;
  /** One value per axis, in axis order; `null` when the axis has no value for this series. */
  values: readonly (number | null)[];
  color: string;
  /** Opacity of the polygon's fill; without it the polygon is an outline. */
  fillOpacity?: number;
  dashed?: boolean;
}

export interface RadarPlotProps {
  axes: readonly RadarAxis[];
  /** The highest level: values run 0..max, with a ring at each of 1..max. */
  max: number;
  series: readonly RadarSeries[];
}

/** Room above and below the rings for a label's full wrap plus the "not rated" line. */
export const VIEWBOX = { width: 680, height: 500 } as const;
const CENTER = { x: VIEWBOX.width / 2, y: VIEWBOX.height / 2 };
export const RADIUS = 170;
/** Between the outer ring and a label. */
const LABEL_GAP = 10;
/** A label on either side of the top or bottom axis keeps this much further out, clear of that one's text. */
const LABEL_SIDE_PAD = 4;
export const LABEL_FONT_SIZE = PLOT_FONT_SIZE;
const LINE_HEIGHT = 14.5;
export const LABEL_MAX_CHARS = 20;
export const LABEL_MAX_LINES = 3;
/** Ascent of the first line above its baseline, in em. */
const ASCENT_EM = 0.8;

export interface Point {
  x: number;
  y: number;
}

/** The angle of an axis in radians, clockwise from the top. */
export function axisAngle(index: number, count: number): number {
  return (2 * Math.PI * index) / count;
}

/** The point at `radius` from the centre in the direction `angle` (clockwise from the top). */
export function polarPoint(angle: number, radius: number): Point {
  return { x: CENTER.x + radius * Math.sin(angle), y: CENTER.y - radius * Math.cos(angle) };
}

/** Where `value` (0..max, clamped) sits on axis `index` of `count`. */
export function valuePoint(index: number, count: number, value: number, max: number): Point {
  const share = max > 0 ? Math.min(Math.max(value / max, 0), 1) : 0;
  return polarPoint(axisAngle(index, count), RADIUS * share);
}

/**
 * Splits a label into lines of at most `maxChars` characters at word boundaries (a word longer than a line
 * is cut). Beyond `maxLines` lines the last kept line ends with "…": the full name is in the table.
 */
export function wrapLabel(text: string, maxChars = LABEL_MAX_CHARS, maxLines = LABEL_MAX_LINES): string[] {
  const words = text
    .split(/\s+/)
    .filter((word) => word !== '')
    .flatMap((word) => word.match(new RegExp(`.{1,${maxChars}}`, 'gu')) ?? []);
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= maxChars)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = `${last.length < maxChars ? last : last.slice(0, maxChars - 1).trimEnd()}…`;
  return kept;
}

export interface LabelLayout {
  lines: string[];
  /** Whether the lines end early ("…") because the label needs more than LABEL_MAX_LINES lines. */
  truncated: boolean;
  /** Where each line starts, ends or is centred (by `anchor`). */
  x: number;
  /** The first line's baseline; the next lines follow every `lineHeight`. */
  y: number;
  lineHeight: number;
  anchor: 'start' | 'middle' | 'end';
  /** An estimate of the box the text covers, never narrower than the text (see ui/plot-text). */
  box: { x: number; y: number; width: number; height: number };
}

/**
 * Places the label of axis `index` of `count` just outside the outer ring: labels on the right start
 * there, labels on the left end there, the top and bottom ones are centred; a label's block of lines sits
 * above its point at the top, below it at the bottom and is centred on it at the sides.
 */
export function labelLayout(label: string, index: number, count: number, note?: string): LabelLayout {
  const angle = axisAngle(index, count);
  const sin = Math.sin(angle);
  const cos = Math.cos(angle);
  const lines = note ? [...wrapLabel(label), note] : wrapLabel(label);
  const anchor = Math.abs(sin) < 0.15 ? 'middle' : sin > 0 ? 'start' : 'end';
  const at = polarPoint(angle, RADIUS + LABEL_GAP);
  const x = at.x + (anchor === 'middle' ? 0 : Math.sign(sin) * LABEL_SIDE_PAD);
  const width = textWidth(Math.max(0, ...lines.map((line) => line.length)), LABEL_FONT_SIZE);
  const height = (lines.length - 1) * LINE_HEIGHT + LABEL_FONT_SIZE;
  const top = at.y - (height * (cos + 1)) / 2;
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return {
    lines,
    truncated: wrapLabel(label, LABEL_MAX_CHARS, Infinity).length > wrapLabel(label).length,
    x,
    y: top + LABEL_FONT_SIZE * ASCENT_EM,
    lineHeight: LINE_HEIGHT,
    anchor,
    box: { x: left, y: top, width, height },
  };
}

const toPoints = (points: readonly Point[]) =>
  points.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');

function Ring({ radius, count }: { radius: number; count: number }) {
  if (count < 3) return <circle className="radar-plot__ring" cx={CENTER.x} cy={CENTER.y} r={radius} />;
  const corners = Array.from({ length: count }, (_, i) => polarPoint(axisAngle(i, count), radius));
  return <polygon className="radar-plot__ring" points={toPoints(corners)} />;
}

/**
 * The runs of consecutive rated axes of a series, going round (the last axis is followed by the first),
 * as lists of axis indexes; one run holding every axis when none is missing.
 */
export function ratedRuns(values: readonly (number | null)[], count: number): number[][] {
  const rated = (i: number) => (values[i] ?? null) !== null;
  const firstGap = Array.from({ length: count }, (_, i) => i).find((i) => !rated(i));
  if (firstGap === undefined) return count > 0 ? [Array.from({ length: count }, (_, i) => i)] : [];
  const runs: number[][] = [];
  let run: number[] = [];
  for (let step = 1; step <= count; step++) {
    const i = (firstGap + step) % count;
    if (rated(i)) run.push(i);
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

function Series({ series, axes, max }: { series: RadarSeries; axes: readonly RadarAxis[]; max: number }) {
  const count = axes.length;
  const pointAt = (i: number) => valuePoint(i, count, series.values[i] ?? 0, max);
  const rated = axes.flatMap((axis, i) => {
    const value = series.values[i] ?? null;
    return value === null ? [] : [{ axis, value, ...pointAt(i) }];
  });
  const runs = ratedRuns(series.values, count);
  const complete = runs.length === 1 && runs[0]?.length === count;
  const stroke = {
    stroke: series.color,
    strokeWidth: 2,
    strokeLinejoin: 'round' as const,
    strokeDasharray: series.dashed ? '5 4' : undefined,
  };
  // With an unrated axis the outline breaks there (a gap, never a dip to 0), and the fill covers only
  // the sectors between two neighbouring rated axes.
  const sectors = complete
    ? []
    : runs.flatMap((r) => r.slice(1).map((i, n) => [CENTER, pointAt(r[n] ?? i), pointAt(i)]));
  return (
    <g className="radar-plot__series" data-series={series.key}>
      {complete && count >= 3 ? (
        <polygon
          className="radar-plot__area"
          points={toPoints(rated)}
          fill={series.fillOpacity ? series.color : 'none'}
          fillOpacity={series.fillOpacity}
          {...stroke}
        />
      ) : null}
      {series.fillOpacity && sectors.length > 0 ? (
        <path
          className="radar-plot__sectors"
          d={sectors.map((tri) => `M${toPoints(tri).replaceAll(' ', 'L')}Z`).join('')}
          fill={series.color}
          fillOpacity={series.fillOpacity}
          stroke="none"
        />
      ) : null}
      {!complete || count < 3
        ? runs
            .filter((r) => r.length >= 2)
            .map((r) => (
              <polyline
                key={r[0]}
                className="radar-plot__area"
                points={toPoints(r.map(pointAt))}
                fill="none"
                {...stroke}
              />
            ))
        : null}
      {rated.map((p) => (
        <circle key={p.axis.id} className="radar-plot__dot" cx={p.x} cy={p.y} r={3.5} fill={series.color}>
          <title>{`${p.axis.label} — ${series.name}: level ${p.value}`}</title>
        </circle>
      ))}
    </g>
  );
}

export function RadarPlot({ axes, max, series }: RadarPlotProps) {
  const count = axes.length;
  const levels = Array.from({ length: Math.max(0, Math.floor(max)) }, (_, i) => i + 1);
  // The level numbers run along a spoke between the first two axes, clear of every label.
  const scaleAngle = count > 0 ? Math.PI / count : 0;
  return (
    <div className="radar-plot">
      <svg
        className="radar-plot__svg"
        viewBox={`0 0 ${VIEWBOX.width} ${VIEWBOX.height}`}
        xmlns="http://www.w3.org/2000/svg"
      >
        {levels.map((level) => (
          <Ring key={level} radius={(RADIUS * level) / max} count={count} />
        ))}
        {axes.map((axis, i) => {
          const end = polarPoint(axisAngle(i, count), RADIUS);
          return (
            <line
              key={axis.id}
              className={axis.unrated ? 'radar-plot__spoke radar-plot__spoke--unrated' : 'radar-plot__spoke'}
              strokeDasharray={axis.unrated ? '3 4' : undefined}
              x1={CENTER.x}
              y1={CENTER.y}
              x2={end.x}
              y2={end.y}
            />
          );
        })}
        {levels.map((level) => {
          const at = polarPoint(scaleAngle, (RADIUS * level) / max);
          return (
            <text
              key={level}
              className="radar-plot__level"
              x={at.x}
              y={at.y}
              fontSize={10}
              textAnchor="middle"
              dominantBaseline="central"
            >
              {level}
            </text>
          );
        })}
        {series.map((s) => (
          <Series key={s.key} series={s} axes={axes} max={max} />
        ))}
        {axes.map((axis, i) => {
          const layout = labelLayout(axis.label, i, count, axis.unrated ? UNRATED_NOTE : undefined);
          return (
            <text
              key={axis.id}
              className="radar-plot__label"
              x={layout.x}
              y={layout.y}
              fontSize={LABEL_FONT_SIZE}
              textAnchor={layout.anchor}
            >
              {layout.truncated ? <title>{axis.label}</title> : null}
              {layout.lines.map((line, n) => (
                <tspan
                  key={n}
                  x={layout.x}
                  dy={n === 0 ? undefined : layout.lineHeight}
                  className={
                    axis.unrated && n === layout.lines.length - 1 ? 'radar-plot__unrated' : undefined
                  }
                >
                  {line}
                </tspan>
              ))}
            </text>
          );
        })}
      </svg>
      <PlotLegend series={series} />
    </div>
  );
}
