import { useMemo, useState, type ReactNode } from 'react';
import { format } from 'date-fns';
import { auditEndDate, auditWeekIndex } from '@shared/domain/audit';
import { summariseAudit } from '@shared/domain/audit-aggregate';
import { delegableFromDigest, summaryFromDigest, type AuditDigest } from '@shared/domain/audit-digest';
import { burnoutSignals, fitReading, type AssessmentScores } from '@shared/domain/audit-fit';
import { auditCsv, auditMarkdown } from '@shared/domain/audit-export';
import { errorMessage } from '@shared/errors';
import type { ExportResult } from '@shared/ipc/contract';
import type { IcsProgress } from '@shared/domain/ics';
import type {
  Audit,
  AuditCategory,
  AuditEntry,
  CategoryRule,
  WeeklyReflection,
} from '@shared/types/entities';
import { call } from '@renderer/platform/api';
import { useStore } from '@renderer/store/store';
import { currentFormatPrefs, formatDay, plural } from '@renderer/ui/format';
import { TabPage } from '@renderer/ui/TabPage';
import {
  findImportedKeys,
  readAuditEntries,
  useAuditDigest,
  useAuditEntries,
  useAuditEntryCount,
  useAuditTotals,
  useAudits,
  useCategories,
  useLatestAssessmentScores,
  useReflections,
  useRules,
} from '../hooks/useAuditData';
import * as actions from '../model/actions';
import { CategoriesView, type CategoryActions } from './CategoriesView';
import { HistoryView } from './HistoryView';
import { ImportDialog, ReadingCalendarDialog, type CalendarPreview } from './ImportDialog';
import {
  CalendarFileError,
  ParseCancelledError,
  inThreadPort,
  parseCalendar,
  workerPort,
  type IcsPort,
} from '../worker/client';
import { LogView, type LogActions } from './LogView';
import { ReflectionView } from './ReflectionView';
import { ResultsView } from './ResultsView';
import { StartAudit } from './StartAudit';
import { offerUndo } from '@renderer/ui/undo';
import { DelegableWork, LedgerView, readAuditHandovers } from '@renderer/features/delegation';
import '../audit.css';

// Stable empty lists while loading, so memoised results do not recompute on every render.
const NO_RULES: CategoryRule[] = [];
const NO_REFLECTIONS: WeeklyReflection[] = [];

export function AuditPage() {
  const audits = useAudits();
  const categories = useCategories();
  const [viewId, setViewId] = useState<string | null>(null);
  // A quick-log request (menu, tray, shortcut) is about the running audit, not an old one being viewed.
  const quickLogPending = useStore((state) => state.quickLogPending);
  if (quickLogPending && viewId !== null) setViewId(null);
  const active = audits?.find((a) => a.status === 'active') ?? null;
  const audit = audits?.find((a) => a.id === viewId) ?? active ?? audits?.[0] ?? null;

  if (audits === undefined || categories === undefined) return <p className="muted">Loading your audits…</p>;
  if (!audit) return <NoAudit />;
  return (
    <AuditScreen
      key={audit.id}
      audit={audit}
      audits={audits}
      categories={categories}
      onView={(a) => setViewId(a.id)}
    />
  );
}

function useToast() {
  return useStore((state) => state.pushToast);
}

function today(): string {
  return format(new Date(), 'yyyy-MM-dd');
}

function NoAudit() {
  return (
    <div className="stack audit">
      <NewAudit first />
    </div>
  );
}

/** The form that starts an audit: the very first one (`first`, with the explanation) or a later one. */
function NewAudit({ first, onStarted }: { first: boolean; onStarted?: (audit: Audit) => void }) {
  const pushToast = useToast();
  return (
    <StartAudit
      today={today()}
      first={first}
      onStart={async (input) => {
        try {
          const started = await actions.startAudit(input);
          onStarted?.(started);
          pushToast(
            'success',
            first ? 'Your audit has started. Log your first activity below.' : 'Your new audit has started.',
          );
          return true;
        } catch (error) {
          pushToast('error', `The audit could not be started: ${errorMessage(error)}`);
          return false;
        }
      }}
    />
  );
}

/**
 * Shows `render` once the whole audit's activities are read (the weekly reflection is computed from all
 * of them); a line says so until then. The log reads only the days it shows, the results the digest.
 */
function WithAuditEntries({
  auditId,
  render,
}: {
  auditId: string;
  render: (entries: AuditEntry[]) => ReactNode;
}) {
  const entries = useAuditEntries(auditId);
  return entries === undefined ? <p className="muted">Loading activities…</p> : render(entries);
}

/**
 * Shows `render` once the audit's digest is read (one record: the results are computed from it, never
 * from the activities); a line says so until then, and while a missing digest is computed.
 */
function WithAuditDigest({ audit, render }: { audit: Audit; render: (digest: AuditDigest) => ReactNode }) {
  const digest = useAuditDigest(audit);
  return digest === undefined ? <p className="muted">Loading activities…</p> : render(digest);
}

interface AuditScreenProps {
  audit: Audit;
  audits: Audit[];
  categories: AuditCategory[];
  onView: (audit: Audit) => void;
}

function AuditScreen({ audit, audits, categories, onView }: AuditScreenProps) {
  const pushToast = useToast();
  const rules = useRules() ?? NO_RULES;
  const reflections = useReflections(audit.id) ?? NO_REFLECTIONS;
  const scores = useLatestAssessmentScores() ?? null;
  const [preview, setPreview] = useState<{ data: CalendarPreview; existing: Set<string> } | null>(null);
  const [importing, setImporting] = useState(false);
  /** A picked calendar being read in the worker: its progress, and how to cancel it. */
  const [reading, setReading] = useState<{
    fileName: string;
    progress: IcsProgress | null;
    abort: AbortController;
  } | null>(null);
  const now = today();
  const readOnly = audit.status === 'finished';

  /** Runs a write; a failure becomes a message and `false`. */
  const attempt = async (what: string, work: () => Promise<void>): Promise<boolean> => {
    try {
      await work();
      return true;
    } catch (error) {
      pushToast('error', `${what}: ${errorMessage(error)}`);
      return false;
    }
  };

  const logActions: LogActions = {
    add: async (draft) => {
      // The Log scrolls to the new row, so it needs to know which one it is.
      let added: AuditEntry | null = null;
      await attempt('The activity could not be added', async () => {
        const entry = await actions.addEntry(audit.id, draft);
        added = entry;
        offerUndo(`Logged “${entry.title}”.`, async () => {
          await actions.deleteEntry(entry.id);
        });
      });
      return added;
    },
    update: (entry, draft) =>
      attempt('The changes could not be saved', async () => {
        const before = await actions.updateEntry(entry.id, draft);
        offerUndo(`Saved changes to “${draft.title.trim()}”.`, () => actions.restoreEntry(before));
      }),
    remove: async (entry) => {
      await attempt('The activity could not be deleted', async () => {
        const deleted = await actions.deleteEntry(entry.id);
        offerUndo(`Deleted “${deleted.title}”.`, () => actions.restoreEntry(deleted));
      });
    },
    rate: async (entry, energy) => {
      await attempt('The rating could not be saved', () => actions.rateEntry(entry.id, energy));
    },
    importCalendar: () => {
      if (importing) return;
      setImporting(true);
      // The calendar worker starts loading now, while the user picks a file, so the file is read the
      // moment it arrives; closed below if nothing is picked.
      let early: IcsPort | null = workerPort();
      const openPort = () => {
        const port = early ?? workerPort() ?? inThreadPort();
        early = null;
        return port;
      };
      void (async () => {
        try {
          const file = await call('calendar:open', {});
          setImporting(false);
          if (file.status === 'cancelled') return;
          const { fileName } = file;
          const abort = new AbortController();
          setReading({ fileName, progress: null, abort });
          try {
            // Read and checked whole in the worker before anything is previewed (issue 16: 5,000 events
            // froze the window for half a minute when this ran on a thread the window waits for).
            const parsed = await parseCalendar(
              file.text,
              {
                rangeStart: audit.startDate,
                rangeEnd: auditEndDate(audit),
                timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
              },
              {
                signal: abort.signal,
                openPort,
                onProgress: (progress) =>
                  setReading((now) => (now?.abort === abort ? { ...now, progress } : now)),
              },
            );
            const existing = await findImportedKeys(parsed.occurrences.map((o) => o.importKey));
            if (abort.signal.aborted) return;
            setPreview({ data: { ...parsed, fileName }, existing });
          } catch (error) {
            if (error instanceof ParseCancelledError) return;
            if (error instanceof CalendarFileError) {
              pushToast('error', `"${fileName}": ${error.message} Nothing was imported.`);
              return;
            }
            throw error;
          } finally {
            setReading((now) => (now?.abort === abort ? null : now));
          }
        } catch (error) {
          pushToast('error', errorMessage(error));
        } finally {
          early?.close();
          early = null;
          setImporting(false);
        }
      })();
    },
  };

  const categoryActions: CategoryActions = {
    add: (input) =>
      attempt('The category could not be added', async () => {
        await actions.addCategory(input);
      }),
    update: (category, patch) =>
      attempt('The category could not be saved', () => actions.updateCategory(category.id, patch)),
    addRule: (keyword, categoryId) =>
      attempt('The rule could not be added', async () => {
        await actions.addRule(keyword, categoryId);
        pushToast('success', `Rule saved: titles containing “${keyword.trim()}” get this category.`);
      }),
    deleteRule: async (rule) => {
      await attempt('The rule could not be removed', async () => {
        await actions.deleteRule(rule.id);
        offerUndo(`Removed the rule “${rule.keyword}”.`, () => actions.restoreRule(rule));
      });
    },
    moveRule: async (rule, direction) => {
      await attempt('The rule could not be moved', () => actions.moveRule(rule.id, direction));
    },
  };

  const exportAudit = async (kind: 'csv' | 'markdown'): Promise<ExportResult> => {
    const entries = await readAuditEntries(audit.id);
    const text =
      kind === 'csv'
        ? auditCsv(entries, categories)
        : auditMarkdownOf(
            audit,
            entries,
            categories,
            scores,
            reflections,
            await readAuditHandovers(audit, entries, now),
          );
    return call('export:saveText', {
      kind,
      title: kind === 'csv' ? 'Export the audit as CSV' : 'Export the audit summary',
      suggestedName: `calendar-audit-${audit.startDate}.${kind === 'csv' ? 'csv' : 'md'}`,
      text,
    });
  };

  const weekIndex = auditWeekIndex(audit, now);
  const status =
    audit.status === 'finished'
      ? 'Finished'
      : now < audit.startDate
        ? 'Starts soon'
        : weekIndex >= 0
          ? `Week ${weekIndex + 1} of ${audit.weeks}`
          : 'All weeks are over — finish it when your log is complete';

  return (
    <TabPage
      scope="audit"
      tabs={[
        {
          route: 'audit',
          label: 'Log',
          render: () => (
            <LogView
              audit={audit}
              categories={categories}
              reflections={reflections}
              today={now}
              readOnly={readOnly}
              actions={logActions}
              rules={rules}
            />
          ),
        },
        {
          route: 'auditReflection',
          label: 'Weekly reflection',
          render: () => (
            <WithAuditEntries
              auditId={audit.id}
              render={(entries) => (
                <ReflectionView
                  audit={audit}
                  entries={entries}
                  reflections={reflections}
                  today={now}
                  readOnly={readOnly}
                  onSave={(draft) =>
                    // It autosaves: a failure says so, a save does not interrupt.
                    attempt('The reflection could not be saved', async () => {
                      await actions.saveReflection(draft);
                    })
                  }
                />
              )}
            />
          ),
        },
        {
          route: 'auditResults',
          label: 'Results',
          render: () => (
            <WithAuditDigest
              audit={audit}
              render={(digest) => (
                <Results
                  audit={audit}
                  digest={digest}
                  categories={categories}
                  scores={scores}
                  onExport={exportAudit}
                />
              )}
            />
          ),
        },
        {
          route: 'auditHandovers',
          label: 'Handovers',
          // Every audit's handovers: the ledger reads its own (features/delegation).
          render: () => <LedgerView />,
        },
        {
          route: 'auditCategories',
          label: 'Categories & rules',
          render: () => <CategoriesView categories={categories} rules={rules} actions={categoryActions} />,
        },
        {
          route: 'auditHistory',
          label: 'All audits',
          // Reads only the stored per-audit totals, not the activities: it does not wait for them.
          render: () => <History audits={audits} audit={audit} onView={onView} categories={categories} />,
        },
      ]}
      tabsLabel="Audit sections"
      title={
        <>
          Audit of {formatDay(audit.startDate)} – {formatDay(auditEndDate(audit))}
        </>
      }
      subtitle={
        <>
          {status}
          <EntryCount auditId={audit.id} />
        </>
      }
      actions={
        audit.status === 'active' ? (
          <button
            type="button"
            className="button"
            onClick={() =>
              void attempt('The audit could not be finished', async () => {
                await actions.finishAudit(audit.id);
                pushToast('success', 'Audit finished. Its results stay here to read and compare.');
              })
            }
          >
            Finish audit
          </button>
        ) : null
      }
      note={
        readOnly ? (
          <>
            This audit is finished: you can read it and export it.{' '}
            {active(audits)
              ? 'Your running audit is under “All audits”.'
              : 'Start a new one under “All audits”.'}
          </>
        ) : null
      }
      after={
        <>
          {preview ? (
            <ImportDialog
              preview={preview.data}
              categories={categories}
              rules={rules}
              existingKeys={preview.existing}
              onAddRule={categoryActions.addRule}
              onImport={(rows) =>
                attempt('The import failed', async () => {
                  const { added, skipped } = await actions.importOccurrences(audit.id, rows);
                  pushToast(
                    'success',
                    `Imported ${plural(added, 'activity', 'activities')}${skipped > 0 ? ` (${skipped} already there)` : ''}.`,
                  );
                })
              }
              onClose={() => setPreview(null)}
            />
          ) : null}
          {importing ? (
            <p className="progress" role="status">
              Waiting for you to choose a calendar file…
            </p>
          ) : null}
          {reading ? (
            <ReadingCalendarDialog
              fileName={reading.fileName}
              progress={reading.progress}
              onCancel={() => reading.abort.abort()}
            />
          ) : null}
        </>
      }
    />
  );
}

const active = (audits: Audit[]) => audits.some((a) => a.status === 'active');

/**
 * "· 1,234 activities logged": read here, where it is shown, so a logged line re-renders this text and
 * not the whole audit screen around it.
 */
function EntryCount({ auditId }: { auditId: string }) {
  const count = useAuditEntryCount(auditId);
  return count === undefined ? null : <> · {plural(count, 'activity', 'activities')} logged</>;
}

/** The Markdown summary, computed when asked for (the export), not on every change to the log. */
function auditMarkdownOf(
  audit: Audit,
  entries: readonly AuditEntry[],
  categories: AuditCategory[],
  scores: AssessmentScores | null,
  reflections: WeeklyReflection[],
  handovers: Parameters<typeof auditMarkdown>[0]['handovers'],
): string {
  const summary = summariseAudit(audit, entries, categories);
  return auditMarkdown({
    audit,
    summary,
    fit: fitReading(summary, scores),
    reflections,
    handovers,
    prefs: currentFormatPrefs(),
  });
}

/**
 * The Results tab: the only place the summary is computed (the Log tab never pays for it), from the
 * audit's digest (one record, not its activities), memoised on the digest, the categories and the
 * assessment.
 */
function Results({
  audit,
  digest,
  categories,
  scores,
  onExport,
}: {
  audit: Audit;
  digest: AuditDigest;
  categories: AuditCategory[];
  scores: AssessmentScores | null;
  onExport: (kind: 'csv' | 'markdown') => Promise<ExportResult>;
}) {
  const summary = useMemo(() => summaryFromDigest(digest, audit, categories), [digest, audit, categories]);
  const fit = useMemo(() => fitReading(summary, scores), [summary, scores]);
  const signals = useMemo(() => burnoutSignals(summary), [summary]);
  const delegable = useMemo(() => delegableFromDigest(digest, categories), [digest, categories]);
  return (
    <ResultsView
      auditId={audit.id}
      summary={summary}
      fit={fit}
      signals={signals}
      onExport={onExport}
      delegation={<DelegableWork auditId={audit.id} activities={delegable} />}
    />
  );
}

function History({
  audits,
  audit,
  categories,
  onView,
}: {
  audits: Audit[];
  audit: Audit;
  categories: AuditCategory[];
  onView: (audit: Audit) => void;
}) {
  const totals = useAuditTotals(audits);
  // The stored totals take a few milliseconds to read: the tab waits for them rather than showing
  // every row as "counting…" for one frame and being laid out twice.
  if (!totals) return null;
  return (
    <div className="stack">
      <HistoryView
        audits={audits}
        totals={totals}
        categories={categories}
        viewingId={audit.id}
        onView={onView}
      />
      {active(audits) ? null : <NewAudit first={false} onStarted={onView} />}
    </div>
  );
}
