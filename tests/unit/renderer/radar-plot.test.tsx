import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  LABEL_MAX_CHARS,
  LABEL_MAX_LINES,
  labelLayout,
  RADIUS,
  RadarPlot,
  ratedRuns,
  UNRATED_NOTE,
  valuePoint,
  VIEWBOX,
  wrapLabel,
  type RadarAxis,
  type RadarSeries,
} from '@renderer/ui/RadarPlot';

afterEach(cleanup);

/** Competency names as the built-in frameworks spell them (the longest ones among them). */
const NAMES = [
  'Technical direction & architecture',
  'Planning, prioritisation & delivery systems',
  'Culture, retention & psychological safety',
  'Stakeholder alignment & scope negotiation',
  'Written and spoken communication',
  'Feedback & hard conversations',
  'Handling ambiguity',
  'Mentorship & raising the bar',
];

const axesOf = (names: readonly string[]): RadarAxis[] => names.map((label, i) => ({ id: `c${i}`, label }));

function plot(axes: readonly RadarAxis[], series: readonly RadarSeries[]) {
  const { container } = render(<RadarPlot axes={axes} max={5} series={series} />);
  const svg = container.querySelector('svg.radar-plot__svg');
  if (!svg) throw new Error('no radar drawn');
  return { container, svg };
}

/** The "x,y" vertices of a polygon or polyline. */
const vertices = (element: Element | null) =>
  (element?.getAttribute('points') ?? '').split(' ').filter(Boolean);
const at = (p: { x: number; y: number }) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`;

describe('wrapLabel', () => {
  it('wraps at word boundaries, keeping every word, within the line length', () => {
    const lines = wrapLabel('Planning, prioritisation & delivery systems');
    expect(lines).toEqual(['Planning,', 'prioritisation &', 'delivery systems']);
    for (const name of NAMES) {
      const wrapped = wrapLabel(name);
      expect(wrapped.join(' ')).toBe(name);
      expect(wrapped.length).toBeLessThanOrEqual(LABEL_MAX_LINES);
      for (const line of wrapped) expect(line.length).toBeLessThanOrEqual(LABEL_MAX_CHARS);
    }
  });

  it('keeps a short name on one line and cuts a word longer than a line', () => {
    expect(wrapLabel('Handling ambiguity')).toEqual(['Handling ambiguity']);
    expect(wrapLabel('Internationalisation-and-localisation')).toEqual([
      'Internationalisation',
      '-and-localisation',
    ]);
  });

  it('ends the last line with an ellipsis only when a name needs more lines than allowed', () => {
    const long = 'A very long competency name that a person typed into the framework editor';
    const lines = wrapLabel(long);
    expect(lines).toHaveLength(LABEL_MAX_LINES);
    expect(lines.at(-1)?.endsWith('…')).toBe(true);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(LABEL_MAX_CHARS);
    expect(labelLayout(long, 0, 5).truncated).toBe(true);
    expect(labelLayout(NAMES[1] ?? '', 0, 5).truncated).toBe(false);
  });
});

describe('labelLayout', () => {
  it('keeps every label box inside the viewBox, at any number of axes, even for the widest wrap', () => {
    // Three full lines of the widest allowed length: no name can take more room.
    const widest = Array.from({ length: LABEL_MAX_LINES }, () => 'x'.repeat(LABEL_MAX_CHARS)).join(' ');
    expect(wrapLabel(widest)).toHaveLength(LABEL_MAX_LINES);
    for (let count = 1; count <= 24; count++) {
      for (let i = 0; i < count; i++) {
        for (const [label, note] of [widest, ...NAMES].flatMap((l) => [
          [l, undefined],
          [l, UNRATED_NOTE],
        ])) {
          const { box } = labelLayout(label ?? '', i, count, note);
          expect(box.x, `${label} at axis ${i} of ${count}`).toBeGreaterThanOrEqual(0);
          expect(box.y, `${label} at axis ${i} of ${count}`).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width, `${label} at axis ${i} of ${count}`).toBeLessThanOrEqual(VIEWBOX.width);
          expect(box.y + box.height, `${label} at axis ${i} of ${count}`).toBeLessThanOrEqual(VIEWBOX.height);
        }
      }
    }
  });

  it('keeps every label box clear of the outer ring', () => {
    const cx = VIEWBOX.width / 2;
    const cy = VIEWBOX.height / 2;
    for (const count of [3, 5, 8, 12, 16]) {
      for (let i = 0; i < count; i++) {
        const { box } = labelLayout(NAMES[i % NAMES.length] ?? '', i, count);
        // The point of the box nearest to the centre lies outside the outer ring.
        const nx = Math.min(Math.max(cx, box.x), box.x + box.width);
        const ny = Math.min(Math.max(cy, box.y), box.y + box.height);
        expect(Math.hypot(nx - cx, ny - cy)).toBeGreaterThan(RADIUS);
      }
    }
  });

  it('anchors labels by side: the top one centred, right ones at their start, left ones at their end', () => {
    expect(labelLayout('Top', 0, 4).anchor).toBe('middle');
    expect(labelLayout('Right', 1, 4).anchor).toBe('start');
    expect(labelLayout('Bottom', 2, 4).anchor).toBe('middle');
    expect(labelLayout('Left', 3, 4).anchor).toBe('end');
    // The top label's lines sit above the ring, the bottom one's below it.
    const top = labelLayout('Top', 0, 4).box;
    const bottom = labelLayout('Bottom', 2, 4).box;
    expect(top.y + top.height).toBeLessThan(VIEWBOX.height / 2 - RADIUS);
    expect(bottom.y).toBeGreaterThan(VIEWBOX.height / 2 + RADIUS);
  });
});

describe('RadarPlot', () => {
  const full: RadarSeries = {
    key: 'target',
    name: 'Target',
    values: [4, 4, 4, 4, 4, 4, 4, 4],
    color: '#d9822b',
  };

  it('draws a spoke and the full, wrapped name of every axis, and a ring per level', () => {
    const axes = axesOf(NAMES);
    const { svg } = plot(axes, [full]);
    expect(svg.querySelectorAll('.radar-plot__spoke')).toHaveLength(NAMES.length);
    expect(svg.querySelectorAll('.radar-plot__ring')).toHaveLength(5);
    const labels = [...svg.querySelectorAll('text.radar-plot__label')];
    expect(labels).toHaveLength(NAMES.length);
    labels.forEach((label, i) => {
      const lines = [...label.querySelectorAll('tspan')].map((t) => t.textContent);
      expect(lines.join(' ')).toBe(NAMES[i]);
      expect(label.textContent).not.toContain('…');
    });
    // "Technical direction & architecture" is no longer cut: it takes two lines.
    const first = [...(labels[0]?.querySelectorAll('tspan') ?? [])].map((t) => t.textContent);
    expect(first).toEqual(['Technical direction', '& architecture']);
    // The level numbers 1..5, along the spoke between the first two axes.
    expect([...svg.querySelectorAll('.radar-plot__level')].map((t) => t.textContent)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
  });

  it('leaves a gap at an unrated axis: no point there, the outline broken, never a dip to 0', () => {
    const axes = axesOf(NAMES.slice(0, 5)).map((axis, i) => ({ ...axis, unrated: i === 2 }));
    const current: RadarSeries = {
      key: 'current',
      name: 'Current',
      values: [3, 2, null, 4, 1],
      color: '#2f7fd8',
      fillOpacity: 0.3,
    };
    const target: RadarSeries = { key: 'target', name: 'Target', values: [4, 4, 4, 4, 4], color: '#d9822b' };
    const { svg } = plot(axes, [target, current]);

    const group = svg.querySelector('[data-series="current"]');
    // No closed polygon: one line from axis 3 round to axis 1 (3 → 4 → 0 → 1), and nothing to axis 2.
    expect(group?.querySelector('polygon')).toBeNull();
    const lines = [...(group?.querySelectorAll('polyline') ?? [])];
    expect(lines.map(vertices)).toEqual([
      [3, 4, 0, 1].map((i) => at(valuePoint(i, 5, [3, 2, 0, 4, 1][i] ?? 0, 5))),
    ]);
    const everyVertex = lines.flatMap(vertices);
    expect(everyVertex).not.toContain(at(valuePoint(2, 5, 0, 5)));
    // The fill covers the sectors between rated neighbours only, in the series' colour.
    const sectors = group?.querySelector('path.radar-plot__sectors');
    expect(sectors?.getAttribute('fill')).toBe('#2f7fd8');
    expect(sectors?.getAttribute('fill-opacity')).toBe('0.3');
    expect(sectors?.getAttribute('d')?.match(/Z/g)).toHaveLength(3);

    const dots = [...(group?.querySelectorAll('circle.radar-plot__dot') ?? [])];
    expect(dots).toHaveLength(4);
    expect(dots.map((d) => d.querySelector('title')?.textContent)).toEqual([
      'Technical direction & architecture — Current: level 3',
      'Planning, prioritisation & delivery systems — Current: level 2',
      'Stakeholder alignment & scope negotiation — Current: level 4',
      'Written and spoken communication — Current: level 1',
    ]);

    // The unrated axis says so under its name, and its spoke is dashed.
    const label = svg.querySelectorAll('text.radar-plot__label')[2];
    expect(label?.querySelector('.radar-plot__unrated')?.textContent).toBe(UNRATED_NOTE);
    expect(svg.querySelectorAll('.radar-plot__spoke')[2]?.getAttribute('stroke-dasharray')).toBeTruthy();
    expect(svg.querySelectorAll('.radar-plot__spoke')[1]?.getAttribute('stroke-dasharray')).toBeNull();

    // A fully rated series stays one closed polygon.
    expect(vertices(svg.querySelector('[data-series="target"] polygon'))).toHaveLength(5);
  });

  it('finds the runs of rated axes going round', () => {
    expect(ratedRuns([1, 2, null, 4, 5], 5)).toEqual([[3, 4, 0, 1]]);
    expect(ratedRuns([1, null, 3, null], 4)).toEqual([[2], [0]]);
    expect(ratedRuns([1, 2, 3], 3)).toEqual([[0, 1, 2]]);
    expect(ratedRuns([null, null], 2)).toEqual([]);
  });

  it('draws lone rated axes as dots, neighbours as a segment, and an empty series as nothing', () => {
    const axes = axesOf(NAMES.slice(0, 6));
    const two: RadarSeries = {
      key: 'two',
      name: 'Two',
      values: [null, 2, null, 3, null, null],
      color: '#111',
    };
    const pair: RadarSeries = {
      key: 'pair',
      name: 'Pair',
      values: [null, null, 5, 4, null, null],
      color: '#222',
    };
    const none: RadarSeries = {
      key: 'none',
      name: 'None',
      values: Array.from({ length: 6 }, () => null),
      color: '#333',
    };
    const { svg } = plot(axes, [two, pair, none]);

    // Axes 1 and 3 are not neighbours: two dots, no line across the unrated axis 2.
    expect(svg.querySelector('[data-series="two"] polyline, [data-series="two"] polygon')).toBeNull();
    expect(svg.querySelectorAll('[data-series="two"] circle')).toHaveLength(2);

    const segment = svg.querySelector('[data-series="pair"] polyline');
    expect(vertices(segment)).toEqual([at(valuePoint(2, 6, 5, 5)), at(valuePoint(3, 6, 4, 5))]);
    expect(segment?.getAttribute('fill')).toBe('none');

    // A series with nothing rated still has its group (and its legend entry), empty.
    expect(svg.querySelectorAll('.radar-plot__series')).toHaveLength(3);
    expect(svg.querySelector('[data-series="none"]')?.children).toHaveLength(0);
  });

  it('draws the past series dashed and unfilled, in its group and in the legend', () => {
    const axes = axesOf(NAMES.slice(0, 4));
    const current: RadarSeries = { key: 'current', name: 'Current', values: [3, 3, 3, 3], color: '#2f7fd8' };
    const past: RadarSeries = {
      key: 'past',
      name: '6 months ago',
      values: [2, 1, 2, 2],
      color: '#8e96a8',
      dashed: true,
    };
    const { container, svg } = plot(axes, [current, past]);

    const pastArea = svg.querySelector('[data-series="past"] polygon');
    expect(pastArea?.getAttribute('stroke-dasharray')).toBeTruthy();
    expect(pastArea?.getAttribute('fill')).toBe('none');
    expect(svg.querySelector('[data-series="current"] polygon')?.getAttribute('stroke-dasharray')).toBeNull();

    const legend = [...container.querySelectorAll('.plot-legend li')];
    expect(legend.map((li) => li.textContent)).toEqual(['Current', '6 months ago']);
    expect(legend[1]?.querySelector('line')?.getAttribute('stroke-dasharray')).toBeTruthy();
    expect(legend[0]?.querySelector('line')?.getAttribute('stroke-dasharray')).toBeNull();
  });

  it('plots a value on its axis at its share of the radius, axis 0 at the top and clockwise', () => {
    const cx = VIEWBOX.width / 2;
    const cy = VIEWBOX.height / 2;
    expect(valuePoint(0, 4, 5, 5)).toEqual({ x: cx, y: cy - RADIUS });
    const right = valuePoint(1, 4, 2.5, 5);
    expect(right.x).toBeCloseTo(cx + RADIUS / 2);
    expect(right.y).toBeCloseTo(cy);
    // Out-of-range levels stay on the chart.
    expect(valuePoint(0, 4, 9, 5)).toEqual(valuePoint(0, 4, 5, 5));
  });
});
