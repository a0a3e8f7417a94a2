/**
 * A long list that renders only the rows near what is scrolled into view (issue 13: 5,000 brag entries
 * rendered at once were 75,000 DOM nodes and 7.7 s to open the page).
 *
 * - It stays a list for assistive technology: a `<ul>` whose `<li>` rows carry `aria-setsize` and
 *   `aria-posinset`, since only some rows are in the DOM at any time.
 * - Keyboard users Tab through the rows as usual: the rows just past the window are rendered too
 *   (overscan), the list scrolls the focused row into view, and the focused row and its neighbours stay
 *   rendered while it holds focus, even when scrolled away or before the list has re-rendered after a
 *   scroll, so focus is never lost to the page and never skips a row.
 * - Rows can have any height: each one is measured once the browser has laid it out (a resize observer).
 * - Where nothing has a size (an element that is not laid out yet, or happy-dom in unit tests) it renders
 *   the window of `initialHeight` pixels, so the first rows are there without layout.
 *
 * - A caller can name one row to reveal (`ref.current.reveal(key)`): it is kept rendered like the focused
 *   row, and scrolled into view once when it first appears, in the list's box and in the window (the
 *   audit Log's row just quick-logged, or the row whose Edit button takes focus back after its dialog
 *   closes, which must be in the DOM to be focused). A call, not a prop: naming the row re-renders this
 *   list alone, not the screen around it (asked as a quick-logged activity is saved, a render of the
 *   Log's whole screen that showed nothing new yet, issue 13). It lasts while the list is mounted; a
 *   caller whose list shows another day or view gives it a new `key`.
 *   The scroll lands on estimated heights: the rows it brings into view are measured only once they are
 *   laid out, and when they are taller than estimated they push the row back out of view (the library's
 *   own re-aiming stops after two steady frames, which on a loaded machine can come before those rows
 *   are even rendered). So the row is brought back into view after each measurement until every row in
 *   view has been measured, or until the user scrolls, clicks, types or focuses a row in the list.
 *
 * The list scrolls inside its own box (at most `maxHeight` tall) rather than with the page, so nothing
 * above it can move its rows out of step.
 *
 * With `table` it is a table instead (issue 16: a calendar-import preview of 5,000 rows with controls in
 * each): ARIA table roles on block elements (an HTML `<table>` cannot hold absolutely placed rows), its
 * column headers in a row that stays at the top while the rows scroll, and `aria-rowcount` /
 * `aria-rowindex` in place of the list's set size and position. Each row's `renderItem` returns its
 * cells (`role="cell"` or `role="rowheader"`); the caller lays the columns out (CSS grid) alike in the
 * header and the rows.
 */
import {
  defaultRangeExtractor,
  elementScroll,
  measureElement as measureRow,
  observeElementRect,
  useVirtualizer,
  type Range,
  type VirtualItem,
  type Virtualizer,
} from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useRef,
  useState,
  type FocusEvent,
  type ReactNode,
  type Ref,
} from 'react';

/** The scrolling boxes the virtualizer has scrolled (or chose not to, see `scrollToFn`). */
const scrolledBoxes = new WeakSet<Element>();

/** Rows kept rendered on each side of the focused row (see the range extractor). */
const FOCUS_NEIGHBOURS = 2;

/** What a caller can ask of the list (its `ref`). */
export interface VirtualListHandle {
  /** Keeps the row `key` rendered and scrolls it into view once it is among the items (see above). */
  reveal(key: string): void;
}

export interface VirtualListProps<T> {
  items: readonly T[];
  /** A stable key per item (its id): React keys, measured heights and the focused row follow it. */
  getKey: (item: T) => string;
  /** The content of the row's `<li>`. */
  renderItem: (item: T, index: number) => ReactNode;
  /** The accessible name of the list. */
  label?: string;
  /** Classes of the `<ul>` and of each `<li>`. */
  className?: string;
  itemClassName?: (item: T) => string | undefined;
  /** A row's height before it is measured, in pixels: a good guess keeps the scrollbar steady. */
  estimateSize: number;
  /** Space between rows, in pixels. */
  gap?: number;
  /** Rows rendered beyond each edge of the visible window. */
  overscan?: number;
  /** The height assumed while the list has no layout (see above). */
  initialHeight?: number;
  /** The tallest the list's scrolling box gets (any CSS length). */
  maxHeight?: string;
  /** Render a table: `header` is the content of its header row (its `role="columnheader"` cells). */
  table?: { header: ReactNode; headerClassName?: string };
  ref?: Ref<VirtualListHandle>;
}

export function VirtualList<T>({
  items,
  getKey,
  renderItem,
  label,
  className,
  itemClassName,
  estimateSize,
  gap = 8,
  overscan = 6,
  initialHeight = 800,
  maxHeight = '70vh',
  table,
  ref,
}: VirtualListProps<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [revealKey, setRevealKey] = useState<string | null>(null);
  // The row being revealed until every row in view has been measured (see above), and the keys of the
  // rows measured so far (a row measured at its estimate leaves no trace in the library's cache).
  const settling = useRef<Settling | null>(null);
  const measured = useRef(new Set<Key>());
  useImperativeHandle(ref, () => ({ reveal: setRevealKey }), []);
  // The key (not the index) of the row holding focus: a filter can move the row to another index.
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  let focusedIndex = -1;
  if (focusedKey !== null) focusedIndex = items.findIndex((item) => getKey(item) === focusedKey);
  let revealIndex = -1;
  if (revealKey !== null) revealIndex = items.findIndex((item) => getKey(item) === revealKey);

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      const kept = [revealIndex];
      // The focused row and its neighbours: the next Tab (or Shift+Tab) lands on a rendered row even
      // when it comes before the list has scrolled and re-rendered (a held key, a loaded machine), so
      // focus walks every row instead of jumping to a kept row or out of the list.
      if (focusedIndex >= 0) {
        for (let i = focusedIndex - FOCUS_NEIGHBOURS; i <= focusedIndex + FOCUS_NEIGHBOURS; i += 1) {
          if (i < range.count) kept.push(i);
        }
      }
      const extra = kept.filter((i) => i >= 0 && !indexes.includes(i));
      if (extra.length === 0) return indexes;
      return [...new Set([...indexes, ...extra])].sort((a, b) => a - b);
    },
    [focusedIndex, revealIndex],
  );

  // The app is not built with React Compiler, and the virtualizer is read only while this component
  // renders (the rows are rendered here, not in memoized children).
  // eslint-disable-next-line react-hooks/incompatible-library -- see above
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLElement>({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateSize,
    getItemKey: (index) => {
      const item = items[index];
      return item === undefined ? index : getKey(item);
    },
    gap,
    overscan,
    rangeExtractor,
    initialRect: { width: 0, height: initialHeight },
    observeElementRect: (instance, callback) => {
      const report = (rect: { width: number; height: number }) =>
        callback(rect.height > 0 ? rect : { width: rect.width, height: initialHeight });
      const element = instance.scrollElement;
      const Observer = instance.targetWindow?.ResizeObserver;
      // Where there is no resize observer (unit tests), the library's own reads the size at once.
      if (!element || !Observer) return observeElementRect(instance, report);
      // The box's size as the browser reports it once laid out, and not read as the list mounts (the
      // library does, which forces a layout of the page inside React's commit: 35 ms of the Log's longest
      // task at five years, issue 13). Until then the list has `initialRect`.
      const observer = new Observer(() =>
        report({ width: element.clientWidth, height: element.clientHeight }),
      );
      observer.observe(element, { box: 'content-box' });
      return () => observer.disconnect();
    },
    // A row is measured by the resize observer, which reports its size after the browser has laid it
    // out. The call made as a row mounts (no `entry`) keeps what is known instead: reading a size there
    // would force a layout of the whole page inside React's commit (47 ms of the Log's longest task at
    // five years, issue 13). A row without layout measures 0: keep the estimate then too, or every row
    // would sit at the top.
    measureElement: (element, entry, instance) => {
      const key = instance.options.getItemKey(instance.indexFromElement(element));
      if (!entry) return instance.itemSizeCache.get(key) ?? estimateSize;
      measured.current.add(key);
      queueSettle(settling, instance, measured.current);
      const size = measureRow(element, entry, instance);
      return size > 0 ? size : estimateSize;
    },
    // A box just mounted is at its top, where the library scrolls it once as it starts: that write is
    // left out, for scrolling forces a layout of the page inside React's commit (43 ms of the Log's
    // longest task at five years, issue 13). Every later scroll goes through.
    scrollToFn: (offset, options, instance) => {
      const element = instance.scrollElement;
      const first = element !== null && !scrolledBoxes.has(element);
      if (element) scrolledBoxes.add(element);
      if (first && offset + (options.adjustments ?? 0) === 0) return;
      elementScroll(offset, options, instance);
    },
    // React 19 warns about flushSync during rendering; a frame's delay in repositioning is invisible.
    useFlushSync: false,
    // The library moves the rows and sizes the list itself, and re-renders only when the rows in range
    // change (or scrolling starts or stops): a row measured, or a scroll within the rendered rows, no
    // longer re-renders the list (per activity quick-logged at five years, a render and a frame of the
    // Log's whole list, issue 13). Rows and the sized box then must not set `transform` and `height`.
    directDomUpdates: true,
  });

  const onFocus = useCallback(
    (index: number, key: string) => {
      setFocusedKey(key);
      stopSettling(settling);
      scrollIntoView(virtualizer, scrollRef.current, index);
    },
    [virtualizer],
  );
  // Scrolls to the row to reveal once, when it first is among the items (a new row arrives with the
  // database's next answer, after the write that asked for it): later re-reads leave the scroll alone.
  const revealed = useRef<string | null>(null);
  useEffect(() => {
    if (revealKey === null || revealIndex < 0 || revealed.current === revealKey) return;
    revealed.current = revealKey;
    const scroller = scrollRef.current;
    // Nothing is laid out (a hidden list, or happy-dom in unit tests): there is nothing to scroll.
    if (!scroller || scroller.clientHeight === 0) return;
    stopSettling(settling);
    scrollIntoView(virtualizer, scroller, revealIndex);
    settling.current = { key: revealKey, frame: null, checks: 0 };
    queueSettle(settling, virtualizer, measured.current);
  }, [revealKey, revealIndex, virtualizer]);
  // A list taken away stops its pending check.
  useEffect(() => () => stopSettling(settling), []);
  // The user moving the list themselves ends the reveal: it never pulls the view back from them.
  const onUserScroll = () => stopSettling(settling);

  const onBlur = (event: FocusEvent<HTMLElement>) => {
    // Focus moving to another row is a new focus event; only leaving the list lets the row go.
    if (!event.currentTarget.contains(event.relatedTarget)) setFocusedKey(null);
  };

  // Its height is the library's to set (`containerRef`, see `directDomUpdates`).
  const body = { position: 'relative', display: 'block' } as const;
  const rows = virtualizer.getVirtualItems().map((row) => {
    const item = items[row.index];
    if (item === undefined) return null;
    const key = getKey(item);
    const props = {
      ref: virtualizer.measureElement,
      'data-index': row.index,
      className: itemClassName?.(item),
      onFocus: () => onFocus(row.index, key),
      style: {
        position: 'absolute',
        top: 0,
        left: 0,
        width: '100%',
        // `transform` (the row's place) is the library's to set (see `directDomUpdates`).
      },
    } as const;
    return table ? (
      // The header is row 1.
      <div key={key} {...props} role="row" aria-rowindex={row.index + 2}>
        {renderItem(item, row.index)}
      </div>
    ) : (
      <li key={key} {...props} aria-setsize={items.length} aria-posinset={row.index + 1}>
        {renderItem(item, row.index)}
      </li>
    );
  });

  return (
    // Contained (layout, paint, style): a row added, measured or scrolled to re-lays and repaints this box,
    // not the page around it (quick-log at five years, issue 13). The box already clips what overflows it.
    <div
      ref={scrollRef}
      className="virtual-list"
      style={{ maxHeight, overflowY: 'auto', contain: 'content' }}
      onWheel={onUserScroll}
      onPointerDown={onUserScroll}
      onTouchStart={onUserScroll}
      onKeyDown={onUserScroll}
    >
      {table ? (
        <div role="table" aria-label={label} aria-rowcount={items.length + 1} className={className}>
          <div
            role="rowgroup"
            className="virtual-list__head"
            style={{ position: 'sticky', top: 0, zIndex: 1 }}
          >
            <div role="row" aria-rowindex={1} className={table.headerClassName}>
              {table.header}
            </div>
          </div>
          <div role="rowgroup" ref={virtualizer.containerRef} onBlur={onBlur} style={body}>
            {rows}
          </div>
        </div>
      ) : (
        <ul
          role="list"
          ref={virtualizer.containerRef}
          aria-label={label}
          className={className}
          onBlur={onBlur}
          style={body}
        >
          {rows}
        </ul>
      )}
    </div>
  );
}

/**
 * Scrolls the list so that row `index` is in view, if it is not already: in full view, or its top for a
 * row taller than the box. A pixel's slack: scroll offsets are rounded to device pixels. True when there
 * was nothing to scroll.
 */
function scrollIntoView(
  virtualizer: Virtualizer<HTMLDivElement, HTMLElement>,
  scroller: HTMLDivElement | null,
  index: number,
): boolean {
  const row = virtualizer.measurementsCache[index];
  if (!scroller || !row || scroller.clientHeight === 0) return true;
  const top = scroller.scrollTop;
  const bottom = top + scroller.clientHeight;
  if (row.start >= top - 1 && (row.end <= bottom + 1 || row.start <= top + 1)) return true;
  virtualizer.scrollToIndex(index, { align: row.size > scroller.clientHeight ? 'start' : 'auto' });
  return false;
}

/** A row's key, as the library keeps it. */
type Key = VirtualItem['key'];

/** A row being revealed until it has settled in view: its key, the frame of its next check. */
interface Settling {
  key: string;
  frame: number | null;
  checks: number;
}
type SettlingRef = { current: Settling | null };

/**
 * More checks than this end the reveal even if it has not settled: each re-aim measures the rows it
 * brings into view, so a reveal settles within a few; this only bounds a row whose height keeps changing.
 */
const MAX_SETTLE_CHECKS = 50;

function stopSettling(settling: SettlingRef) {
  const state = settling.current;
  if (state?.frame != null) cancelAnimationFrame(state.frame);
  settling.current = null;
}

/**
 * Checks the row being revealed in the next frame (once per frame, however many rows were measured in
 * this one), after the library has placed the rows it measured.
 */
function queueSettle(
  settling: SettlingRef,
  virtualizer: Virtualizer<HTMLDivElement, HTMLElement>,
  measured: ReadonlySet<Key>,
) {
  const state = settling.current;
  if (!state || state.frame !== null) return;
  state.frame = requestAnimationFrame(() => {
    state.frame = null;
    if (settling.current === state) settle(settling, virtualizer, measured);
  });
}

/**
 * Brings the row being revealed back into the list's box if measuring has pushed it out. Once it is in
 * view and every row in view has been measured, the reveal is done: the row is brought into the window
 * too, by as little as needed (the audit Log's box sits below its quick entry), and nothing is checked
 * again. Until then, each row measured queues another check.
 */
function settle(
  settling: SettlingRef,
  virtualizer: Virtualizer<HTMLDivElement, HTMLElement>,
  measured: ReadonlySet<Key>,
) {
  const state = settling.current;
  if (!state) return;
  state.checks += 1;
  const scroller = virtualizer.scrollElement;
  const element = virtualizer.elementsCache.get(state.key);
  const row = element?.isConnected
    ? virtualizer.measurementsCache[virtualizer.indexFromElement(element)]
    : undefined;
  if (!scroller || !element || !row || scroller.clientHeight === 0 || state.checks > MAX_SETTLE_CHECKS) {
    settling.current = null;
    return;
  }
  if (!scrollIntoView(virtualizer, scroller, row.index)) {
    // The rows the scroll brings into view are measured as they are laid out, and each queues a check;
    // this one makes sure of a check even if all of them were measured already.
    queueSettle(settling, virtualizer, measured);
    return;
  }
  const top = scroller.scrollTop;
  const bottom = top + scroller.clientHeight;
  const unmeasured = virtualizer
    .getVirtualItems()
    .some((item) => item.end > top && item.start < bottom && !measured.has(item.key));
  if (unmeasured) return;
  settling.current = null;
  element.scrollIntoView({ block: 'nearest' });
}
