/**
 * The delegation ledger at years of handovers: every open one, the latest done ones, and the older done
 * ones on "Show more" (a five-year ledger drew 37 done cards, half the screen's 1,500 elements, before
 * anyone asked for them). A done handover the route opens is shown however old it is.
 */
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '@renderer/db/db';
import { LedgerView } from '@renderer/features/delegation/components/LedgerView';
import { pathTo } from '@renderer/navigation';
import { eventually } from '../support/eventually';
import { handover } from '../support/journal-fixtures';

afterEach(async () => {
  cleanup();
  window.location.hash = '';
  await Promise.all(db.tables.map((table) => table.clear()));
});

/** One open handover and `count` done ones, done on successive days of January (d1 the oldest). */
async function seed(count: number) {
  await db.handovers.bulkAdd([
    handover({ id: 'open', auditId: null, activity: 'On-call rota' }),
    ...Array.from({ length: count }, (_, i) =>
      handover({
        id: `d${i + 1}`,
        auditId: null,
        activity: `Chore ${i + 1}`,
        status: 'done',
        doneOn: `2026-01-${String(i + 1).padStart(2, '0')}`,
      }),
    ),
  ]);
}

const doneSection = () => screen.getByRole('region', { name: /^Done \(/ });
const doneTitles = () =>
  within(doneSection())
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent?.replace(/ →.*/, ''));

describe('the ledger with years of done handovers', () => {
  it('shows every open handover and the five latest done ones, then the rest on request', async () => {
    await seed(8);
    render(<LedgerView />);
    await eventually(() => expect(screen.getByRole('heading', { name: 'Done (8)' })).toBeTruthy());
    expect(screen.getByRole('heading', { name: /On-call rota/ })).toBeTruthy();
    expect(doneTitles()).toEqual(['Chore 8', 'Chore 7', 'Chore 6', 'Chore 5', 'Chore 4']);
    expect(within(doneSection()).getByText('Showing 5 of 8 done handovers.')).toBeTruthy();

    act(() => within(doneSection()).getByRole('button', { name: 'Show 3 more done handovers' }).click());
    expect(doneTitles()).toHaveLength(8);
    expect(within(doneSection()).queryByText(/Showing/)).toBeNull();
  });

  it('a few done handovers show whole, with no "Show more"', async () => {
    await seed(3);
    render(<LedgerView />);
    await eventually(() => expect(screen.getByRole('heading', { name: 'Done (3)' })).toBeTruthy());
    expect(doneTitles()).toEqual(['Chore 3', 'Chore 2', 'Chore 1']);
    expect(within(doneSection()).queryByRole('button', { name: /Show .* more/ })).toBeNull();
  });

  it('opens an old done handover from its route, down to it, with its details unfolded', async () => {
    await seed(8);
    window.location.hash = `#${pathTo('auditHandover', { id: 'd1' })}`;
    render(<LedgerView />);
    await eventually(() => expect(doneTitles()).toHaveLength(8));
    const item = screen.getByRole('listitem', { name: /Chore 1 →/ });
    expect(within(item).getByRole('button', { name: /Close details/ })).toBeTruthy();
  });
});
