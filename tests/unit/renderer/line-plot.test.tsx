import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  LINE_PLOT_HEIGHT,
  LINE_PLOT_WIDTH,
  LinePlot,
  labelWidth,
  linePath,
  plotArea,
  xLabelEvery,
  xLabelIndices,
  xScale,
  yScale,
  type LinePlotSeries,
  Sparkline,
} from '@renderer/ui/LinePlot';

afterEach(cleanup);

/** Takes on consecutive days, labelled as the history screen labels them ("3 Mar 2025"). */
function days(count: number) {
  return Array.from({ length: count }, (_, i) => ({ label: `${(i % 28) + 1} Mar 2025` }));
}

function scores(count: number, seed: number): number[] {
  return Array.from({ length: count }, (_, i) => 6 + ((i * 7 + seed) % 25));
}

function twoSeries(staff: (number | null)[], em: (number | null)[]): LinePlotSeries[] {
  return [
    {
      key: 'staff',
      name: 'Staff',
      values: staff,
      color: 'var(--assessment-staff)',
      dotClassName: 'assessment-chart__dot--staff',
      lineClassName: 'assessment-chart__line--staff',
    },
    {
      key: 'em',
      name: 'EM',
      values: em,
      color: 'var(--assessment-em)',
      dashed: true,
      dotClassName: 'assessment-chart__dot--em',
      lineClassName: 'assessment-chart__line--em',
    },
  ];
}

function renderPlot(count: number, staff: (number | null)[], em: (number | null)[]) {
  return render(
    <LinePlot
      points={days(count)}
      yDomain={[6, 30]}
      yTicks={[6, 12, 18, 24, 30]}
      series={twoSeries(staff, em)}
    />,
  );
}

function num(element: Element, attribute: string): number {
  const value = Number(element.getAttribute(attribute));
  expect(Number.isFinite(value), `${attribute}="${element.getAttribute(attribute)}"`).toBe(true);
  return value;
}

/** The move/line commands of a path's d, as [command, x, y]. */
function commands(d: string): [string, number, number][] {
  return [...d.matchAll(/([ML])(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [m[1]!, Number(m[2]), Number(m[3])]);
}

describe('LinePlot', () => {
  it('draws one dot per value with the series class, each titled for a hover tooltip', () => {
    const { container } = renderPlot(5, [10, 14, 18, 22, 26], [30, 24, 18, 12, 6]);
    const staff = container.querySelectorAll('.assessment-chart__dot--staff');
    const em = container.querySelectorAll('.assessment-chart__dot--em');
    expect(staff).toHaveLength(5);
    expect(em).toHaveLength(5);
    for (const dot of [...staff, ...em]) {
      expect(dot.tagName.toLowerCase()).toBe('circle');
      expect(dot.getAttribute('r')).toBe('4');
    }
    expect(staff[1]!.querySelector('title')?.textContent).toBe('2 Mar 2025 — Staff: 14');
    expect(em[4]!.querySelector('title')?.textContent).toBe('5 Mar 2025 — EM: 6');
    // Same x for the same take in both series; a higher score sits higher (smaller y).
    expect(num(staff[0]!, 'cx')).toBe(num(em[0]!, 'cx'));
    expect(num(staff[0]!, 'cy')).toBeGreaterThan(num(em[0]!, 'cy'));
    // Points go left to right in order.
    const xs = [...staff].map((dot) => num(dot, 'cx'));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(xs).size).toBe(5);
  });

  it('leaves a gap at a null value: no dot, and the line starts again with a move', () => {
    const { container } = renderPlot(5, [10, 12, null, 20, 22], [8, 9, 10, 11, 12]);
    expect(container.querySelectorAll('.assessment-chart__dot--staff')).toHaveLength(4);
    expect(container.querySelectorAll('.assessment-chart__dot--em')).toHaveLength(5);

    const staffPath = commands(container.querySelector('.assessment-chart__line--staff')!.getAttribute('d')!);
    expect(staffPath.map(([c]) => c)).toEqual(['M', 'L', 'M', 'L']);
    const emPath = commands(container.querySelector('.assessment-chart__line--em')!.getAttribute('d')!);
    expect(emPath.map(([c]) => c)).toEqual(['M', 'L', 'L', 'L', 'L']);

    // The line passes through the dots.
    const dots = [...container.querySelectorAll('.assessment-chart__dot--staff')];
    expect(staffPath.map(([, x, y]) => [x, y])).toEqual(
      dots.map((dot) => [Math.round(num(dot, 'cx') * 100) / 100, Math.round(num(dot, 'cy') * 100) / 100]),
    );
  });

  it('dashes the dashed series and its legend swatch only', () => {
    const { container } = renderPlot(3, [10, 12, 14], [20, 22, 24]);
    expect(container.querySelector('.assessment-chart__line--em')!.getAttribute('stroke-dasharray')).toBe(
      '6 3',
    );
    expect(container.querySelector('.assessment-chart__line--staff')!.hasAttribute('stroke-dasharray')).toBe(
      false,
    );
    const items = [...container.querySelectorAll('.plot-legend li')];
    expect(items.map((li) => li.textContent)).toEqual(['Staff', 'EM']);
    expect(items[0]!.querySelector('line')!.hasAttribute('stroke-dasharray')).toBe(false);
    expect(items[1]!.querySelector('line')!.getAttribute('stroke-dasharray')).toBe('6 3');
  });

  it('maps the y domain ends to the bottom and top of the plot, with a grid line and label per tick', () => {
    const area = plotArea(LINE_PLOT_WIDTH, LINE_PLOT_HEIGHT);
    const y = yScale([6, 30], area);
    expect(y(6)).toBe(area.bottom);
    expect(y(30)).toBe(area.top);
    expect(y(18)).toBeCloseTo((area.top + area.bottom) / 2);
    expect(area.top).toBeGreaterThan(0);
    expect(area.bottom).toBeLessThan(LINE_PLOT_HEIGHT);

    const { container } = renderPlot(2, [6, 30], [30, 6]);
    const [low, high] = [...container.querySelectorAll('.assessment-chart__dot--staff')];
    expect(num(low!, 'cy')).toBe(area.bottom);
    expect(num(high!, 'cy')).toBe(area.top);

    const grid = [...container.querySelectorAll('.line-plot__grid line')];
    expect(grid.map((line) => num(line, 'y1'))).toEqual([6, 12, 18, 24, 30].map(y));
    const yLabels = [...container.querySelectorAll('.line-plot__y-labels text')];
    expect(yLabels.map((t) => t.textContent)).toEqual(['6', '12', '18', '24', '30']);
  });

  it('shows every x label when there are few points', () => {
    const { container } = renderPlot(5, scores(5, 1), scores(5, 2));
    const labels = [...container.querySelectorAll('.line-plot__x-labels text')].map((t) => t.textContent);
    expect(labels).toEqual(days(5).map((d) => d.label));
  });

  it('thins the x labels of many points to at most 8, keeping the last, evenly spaced and apart', () => {
    for (const count of [9, 12, 16, 20, 40]) {
      const points = days(count);
      const { container, unmount } = renderPlot(count, scores(count, 3), scores(count, 5));
      const texts = [...container.querySelectorAll('.line-plot__x-labels text')];
      expect(texts.length, `${count} points`).toBeLessThanOrEqual(8);
      expect(texts.length, `${count} points`).toBeGreaterThanOrEqual(3);
      expect(texts.at(-1)!.textContent).toBe(points.at(-1)!.label);

      const xs = texts.map((t) => num(t, 'x'));
      const gaps = xs.slice(1).map((x, i) => x - xs[i]!);
      for (const gap of gaps) {
        expect(gap).toBeCloseTo(gaps[0]!, 5);
        // Wider than the widest label, so neighbours do not overlap.
        expect(gap).toBeGreaterThan(labelWidth('28 Mar 2025'));
      }
      // Every dot is still drawn.
      expect(container.querySelectorAll('.assessment-chart__dot--staff')).toHaveLength(count);
      unmount();
    }
  });

  it('keeps every label, tick and dot inside the viewBox', () => {
    for (const count of [1, 2, 8, 20]) {
      const { container, unmount } = renderPlot(count, scores(count, 0), scores(count, 9));
      const svg = container.querySelector('svg.line-plot__svg')!;
      expect(svg.getAttribute('viewBox')).toBe(`0 0 ${LINE_PLOT_WIDTH} ${LINE_PLOT_HEIGHT}`);

      for (const text of container.querySelectorAll('.line-plot__x-labels text')) {
        const x = num(text, 'x');
        const half = labelWidth(text.textContent) / 2;
        expect(x - half, `${count} points: ${text.textContent}`).toBeGreaterThanOrEqual(0);
        expect(x + half, `${count} points: ${text.textContent}`).toBeLessThanOrEqual(LINE_PLOT_WIDTH);
        // The baseline leaves room for descenders below, and sits below the plot.
        expect(num(text, 'y')).toBeLessThanOrEqual(LINE_PLOT_HEIGHT - 4);
        expect(num(text, 'y')).toBeGreaterThan(plotArea(LINE_PLOT_WIDTH, LINE_PLOT_HEIGHT).bottom);
      }
      for (const text of container.querySelectorAll('.line-plot__y-labels text')) {
        // Right-aligned at x: the widest tick ("30") fits to its left.
        expect(num(text, 'x') - labelWidth(text.textContent)).toBeGreaterThanOrEqual(0);
        expect(num(text, 'y') - 6).toBeGreaterThanOrEqual(0);
        expect(num(text, 'y') + 6).toBeLessThanOrEqual(LINE_PLOT_HEIGHT);
      }
      for (const dot of container.querySelectorAll('circle.line-plot__dot')) {
        expect(num(dot, 'cx') - 4).toBeGreaterThanOrEqual(0);
        expect(num(dot, 'cx') + 4).toBeLessThanOrEqual(LINE_PLOT_WIDTH);
        expect(num(dot, 'cy') - 4).toBeGreaterThanOrEqual(0);
        expect(num(dot, 'cy') + 4).toBeLessThanOrEqual(LINE_PLOT_HEIGHT);
      }
      unmount();
    }
  });

  it('is hidden from assistive technology (a table carries the numbers)', () => {
    const { container } = renderPlot(2, [6, 7], [8, 9]);
    expect(container.firstElementChild!.getAttribute('aria-hidden')).toBe('true');
    expect(container.firstElementChild!.classList.contains('line-plot')).toBe(true);
  });
});

describe('LinePlot helpers', () => {
  const area = plotArea(LINE_PLOT_WIDTH, LINE_PLOT_HEIGHT);

  it('spreads points evenly inside the plot and centres a single one', () => {
    const x = xScale(3, area);
    expect(x(0)).toBeGreaterThan(area.left);
    expect(x(2)).toBeLessThan(area.right);
    expect(x(1) - x(0)).toBeCloseTo(x(2) - x(1));
    expect(xScale(1, area)(0)).toBeCloseTo((area.left + area.right) / 2);
  });

  it('clamps values outside the y domain to its ends', () => {
    const y = yScale([6, 30], area);
    expect(y(0)).toBe(area.bottom);
    expect(y(40)).toBe(area.top);
  });

  it('picks the last label and every k-th before it', () => {
    expect(xLabelIndices(5, 1)).toEqual([0, 1, 2, 3, 4]);
    expect(xLabelIndices(10, 3)).toEqual([0, 3, 6, 9]);
    expect(xLabelIndices(20, 3)).toEqual([1, 4, 7, 10, 13, 16, 19]);
    expect(xLabelIndices(0, 2)).toEqual([]);
    expect(xLabelIndices(1, 4)).toEqual([0]);
  });

  it('steps the labels by count and by the room between points', () => {
    expect(xLabelEvery(5, 100, 80, 8)).toBe(1);
    expect(xLabelEvery(20, 100, 80, 8)).toBe(3); // at most 8 labels
    expect(xLabelEvery(8, 30, 80, 8)).toBe(3); // 30 units apart: every third clears 80
    expect(xLabelEvery(1, 0, 80, 8)).toBe(1);
    for (let count = 2; count <= 60; count++) {
      const spacing = 600 / (count - 1);
      const every = xLabelEvery(count, spacing, 80, 8);
      expect(xLabelIndices(count, every).length).toBeLessThanOrEqual(8);
      expect(every * spacing).toBeGreaterThanOrEqual(80);
    }
  });

  it('breaks the path at nulls; a lone point between two nulls is a bare move (its dot shows it)', () => {
    const x = (i: number) => i * 10;
    const y = (v: number) => v;
    expect(linePath([1, 2, null, 4, null, 6, 7], x, y)).toBe('M0,1 L10,2 M30,4 M50,6 L60,7');
    expect(linePath([null, null], x, y)).toBe('');
  });
});

describe('Sparkline', () => {
  it('draws one point per value across the whole width, clamped to the domain, with gaps for nulls', () => {
    const { container } = render(
      <Sparkline values={[0, 50, null, 100, 140]} yDomain={[0, 100]} color="red" />,
    );
    const d = container.querySelector('path')?.getAttribute('d') ?? '';
    const points = d.split(' ');
    expect(points).toHaveLength(4);
    expect(points.map((p) => p[0])).toEqual(['M', 'L', 'M', 'L']);
    const coords = points.map((p) => p.slice(1).split(',').map(Number));
    expect(coords[0]).toEqual([0, 66]); // 0 at the bottom, inside the padding
    expect(coords[1]?.[0]).toBe(75);
    expect(coords[2]).toEqual([225, 4]); // 100 at the top
    expect(coords[3]).toEqual([300, 4]); // 140 clamped to the top, at the right edge
    expect(container.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });
});
