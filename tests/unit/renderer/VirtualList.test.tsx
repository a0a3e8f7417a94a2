import { createRef, type Ref } from 'react';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VirtualList, type VirtualListHandle } from '@renderer/ui/VirtualList';
import { nextTurn } from '../support/eventually';

afterEach(cleanup);

const ITEMS = Array.from({ length: 5_000 }, (_, i) => ({ id: `row${i}`, title: `Row ${i}` }));

function List({ items = ITEMS, handle }: { items?: typeof ITEMS; handle?: Ref<VirtualListHandle> }) {
  return (
    <VirtualList
      items={items}
      ref={handle}
      getKey={(item) => item.id}
      label="Rows"
      estimateSize={100}
      initialHeight={500}
      overscan={3}
      renderItem={(item) => <button type="button">{item.title}</button>}
    />
  );
}

function rows() {
  return within(screen.getByRole('list', { name: 'Rows' })).getAllByRole('listitem');
}

describe('VirtualList', () => {
  it('renders a window of rows, not all of them, even without layout (happy-dom)', async () => {
    render(<List />);
    await nextTurn();
    const shown = rows();
    // 500 px of 100 px rows plus the overscan: the first handful, never thousands.
    expect(shown.length).toBeGreaterThanOrEqual(5);
    expect(shown.length).toBeLessThan(20);
    expect(shown[0]?.textContent).toBe('Row 0');
    expect(screen.getByRole('button', { name: 'Row 4' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Row 4999' })).toBeNull();
  });

  it('keeps list semantics: each row says where it sits in the whole list', async () => {
    render(<List />);
    await nextTurn();
    const first = rows()[0]!;
    expect(first.getAttribute('aria-setsize')).toBe('5000');
    expect(first.getAttribute('aria-posinset')).toBe('1');
    expect(rows()[2]?.getAttribute('aria-posinset')).toBe('3');
  });

  it('renders every row of a short list', async () => {
    render(<List items={ITEMS.slice(0, 3)} />);
    await nextTurn();
    expect(rows().map((r) => r.textContent)).toEqual(['Row 0', 'Row 1', 'Row 2']);
  });

  it('lets keyboard users focus rows, and keeps the focused row while it is scrolled away', async () => {
    const { container } = render(<List />);
    await nextTurn();
    const button = screen.getByRole('button', { name: 'Row 4' });
    act(() => button.focus());
    fireEvent.focus(button);
    expect(document.activeElement).toBe(button);

    // Scroll far down: the window moves, the focused row and its two neighbours each side stay rendered.
    const scroller = container.querySelector('.virtual-list')!;
    act(() => {
      scroller.scrollTop = 3_000 * 108; // rows of 100 px, 8 px apart
      scroller.dispatchEvent(new Event('scroll'));
    });
    await nextTurn();
    expect(screen.queryByRole('button', { name: 'Row 1' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Row 3000' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Row 4' })).toBe(button);
    expect(document.activeElement).toBe(button);
    for (const near of [2, 3, 5, 6]) expect(screen.getByRole('button', { name: `Row ${near}` })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Row 7' })).toBeNull();

    // Once focus leaves the list, the rows are let go.
    act(() => button.blur());
    fireEvent.blur(button, { relatedTarget: null });
    await nextTurn();
    expect(screen.queryByRole('button', { name: 'Row 4' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Row 5' })).toBeNull();
  });

  // CI regression (audit-log-large.spec, dark, on a loaded machine): Tab pressed faster than the list
  // scrolled and re-rendered ran past the rendered rows and focus jumped 76 rows ahead, to a row kept
  // rendered for another reason. The rows after the focused one are rendered on focus itself, before any
  // scroll, so the next Tab always has the next row to land on.
  it('renders the rows next to the focused one on focus, without waiting for a scroll', async () => {
    render(<List />);
    await nextTurn();
    const last = rows().at(-1)!;
    const index = Number(last.getAttribute('aria-posinset')) - 1;
    expect(screen.queryByRole('button', { name: `Row ${index + 1}` })).toBeNull();
    const button = within(last).getByRole('button');
    act(() => button.focus());
    fireEvent.focus(button);
    // Nothing scrolled (happy-dom lays nothing out): the next two rows are there, in order.
    const after = rows().map((row) => row.textContent);
    expect(after.slice(-3)).toEqual([`Row ${index}`, `Row ${index + 1}`, `Row ${index + 2}`]);
  });

  it('keeps the focused row by key when the items change around it', async () => {
    const { rerender } = render(<List />);
    await nextTurn();
    const button = screen.getByRole('button', { name: 'Row 1' });
    act(() => button.focus());
    fireEvent.focus(button);
    rerender(<List items={ITEMS.slice(1)} />);
    await nextTurn();
    expect(rows()[0]?.getAttribute('aria-posinset')).toBe('1');
    expect(screen.getByRole('button', { name: 'Row 1' })).toBe(button);
  });

  it('keeps the row to reveal rendered, and scrolls it into view once it is among the items', async () => {
    const handle = createRef<VirtualListHandle>();
    const { container, rerender } = render(<List items={ITEMS.slice(0, 4_000)} handle={handle} />);
    await nextTurn();
    // Asked for before it is there, as the Log asks once a quick-logged activity is saved.
    act(() => handle.current?.reveal('row4500'));
    await nextTurn();
    const scroller = container.querySelector<HTMLElement>('.virtual-list');
    if (!scroller) throw new Error('No scrolling box');
    // A box laid out 500 px tall (happy-dom lays nothing out), whose scroll clamps to its rows' height.
    Object.defineProperty(scroller, 'clientHeight', { configurable: true, value: 500 });
    Object.defineProperty(scroller, 'scrollHeight', { configurable: true, value: 5_000 * 108 });
    expect(screen.queryByRole('button', { name: 'Row 4500' })).toBeNull();
    expect(scroller.scrollTop).toBe(0);

    // The row arrives (a write's next read): rendered, and scrolled to the box's end.
    rerender(<List handle={handle} />);
    await nextTurn();
    expect(screen.getByRole('button', { name: 'Row 4500' })).toBeTruthy();
    expect(scroller.scrollTop).toBe(4_500 * 108 + 100 - 500);

    // Scrolled away, it stays rendered, and a later render does not scroll back to it.
    act(() => {
      scroller.scrollTop = 0;
      scroller.dispatchEvent(new Event('scroll'));
    });
    rerender(<List items={[...ITEMS]} handle={handle} />);
    await nextTurn();
    expect(scroller.scrollTop).toBe(0);
    expect(screen.getByRole('button', { name: 'Row 4500' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Row 0' })).toBeTruthy();
  });

  // CI regression (audit-log-large.spec, dark, on a loaded machine): the quick-logged row, scrolled to on
  // estimated heights, was pushed out of view when the rows the scroll brought into view were measured
  // taller than their estimate; the library had already stopped re-aiming (two steady frames came before
  // those rows were even rendered). Here the rows are laid out, and measured, only after it stopped.
  describe('revealing a row when the rows around it turn out taller than estimated', () => {
    const ROWS = ITEMS.slice(0, 120);
    const BOX = 500;
    const TALL = 150; // estimated 100

    beforeEach(() => layout.install());
    afterEach(() => layout.uninstall());

    async function revealLast() {
      const handle = createRef<VirtualListHandle>();
      const { container } = render(<List items={ROWS} handle={handle} />);
      await nextTurn();
      const scroller = container.querySelector<HTMLElement>('.virtual-list')!;
      const list = container.querySelector<HTMLElement>('ul')!;
      Object.defineProperty(scroller, 'clientHeight', { configurable: true, value: BOX });
      // The scroll clamps to the rows' height, which the list sets on itself.
      Object.defineProperty(scroller, 'scrollHeight', {
        configurable: true,
        get: () => Number.parseFloat(list.style.height),
      });
      act(() => handle.current?.reveal('row119'));
      // The library aims at the row's estimated place (the browser then tells it the box has scrolled),
      // and re-aims until two frames hold steady: ten frames are past that, whatever the order in which
      // its frames and the test's come.
      act(() => {
        scroller.dispatchEvent(new Event('scroll'));
      });
      await frames(10);
      expect(screen.getByRole('button', { name: 'Row 119' })).toBeTruthy();
      expect(screen.getByRole('button', { name: 'Row 116' })).toBeTruthy();
      return { scroller, list };
    }

    /** Where row `index` sits in the list, as the library placed it (`translate3d(0, Ypx, 0)`). */
    function rowBox(list: HTMLElement, index: number) {
      const row = list.querySelector<HTMLElement>(`[data-index="${index}"]`)!;
      const top = Number(/translate3d\(0(?:px)?, (-?[\d.]+)px/.exec(row.style.transform)?.[1]);
      return { top, bottom: top + TALL };
    }

    it('brings the row back into view once they are measured', async () => {
      const { scroller, list } = await revealLast();
      const aimed = scroller.scrollTop;
      expect(aimed).toBe(119 * 108 + 100 - BOX);

      // The browser lays the rendered rows out: every one is taller than estimated, which pushes the
      // last row below the box's end.
      act(() => layout.measureAll(TALL));
      await frames(4);
      const row = rowBox(list, 119);
      expect(scroller.scrollTop).toBeGreaterThan(aimed);
      expect(row.top).toBeGreaterThanOrEqual(scroller.scrollTop);
      expect(row.bottom).toBeLessThanOrEqual(scroller.scrollTop + BOX);
    });

    it('shows the top of a row taller than the box', async () => {
      const { scroller, list } = await revealLast();
      act(() => layout.measureAll(BOX + 100));
      await frames(6);
      expect(Math.abs(rowBox(list, 119).top - scroller.scrollTop)).toBeLessThanOrEqual(1);
    });

    it('never pulls the view back once the user has scrolled', async () => {
      const { scroller, list } = await revealLast();
      const aimed = scroller.scrollTop;
      act(() => {
        scroller.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, bubbles: true }));
      });
      act(() => layout.measureAll(TALL));
      await frames(4);
      // The view keeps its rows where they were (the library makes up for the rows above it that grew)
      // and is not aimed at the row again: it stays below, where the taller rows pushed it.
      const row = rowBox(list, 119);
      expect(scroller.scrollTop).toBeGreaterThan(aimed);
      expect(row.bottom).toBeGreaterThan(scroller.scrollTop + BOX);
    });
  });
});

/** Waits for `count` animation frames (happy-dom runs them on timers), rendering after each. */
async function frames(count: number) {
  for (let i = 0; i < count; i += 1) {
    await act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
  }
}

/**
 * A resize observer the test drives: happy-dom lays nothing out, so rows are measured only when the test
 * says the browser has laid them out (`measureAll`), as a real one reports after layout.
 */
const layout = (() => {
  const observers = new Set<TestResizeObserver>();
  let original: typeof ResizeObserver | undefined;
  class TestResizeObserver {
    readonly targets = new Set<Element>();
    constructor(private readonly callback: ResizeObserverCallback) {
      observers.add(this);
    }
    observe(target: Element) {
      this.targets.add(target);
    }
    unobserve(target: Element) {
      this.targets.delete(target);
    }
    disconnect() {
      this.targets.clear();
      observers.delete(this);
    }
  }
  return {
    install() {
      original = window.ResizeObserver;
      window.ResizeObserver = TestResizeObserver;
    },
    uninstall() {
      if (original) window.ResizeObserver = original;
      observers.clear();
    },
    /** Reports every observed row (`<li>`) as `height` pixels tall. */
    measureAll(height: number) {
      for (const observer of observers) {
        const rows = [...observer.targets].filter((target) => target.isConnected && target.matches('li'));
        if (rows.length === 0) continue;
        const entries = rows.map((target) => {
          const size = [{ blockSize: height, inlineSize: 300 }];
          return { target, borderBoxSize: size, contentBoxSize: size } as unknown as ResizeObserverEntry;
        });
        observer['callback'](entries, observer);
      }
    },
  };
})();
