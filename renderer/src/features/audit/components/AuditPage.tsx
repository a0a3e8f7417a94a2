import { useCallback, useMemo, useRef, useState } from 'react';
import { format } from 'date-fns';
import { auditEndDate, auditWeekIndex } from '@shared/domain/audit';
import { summariseAudit } from '@shared/domain/audit-aggregate';
import { burnoutSignals, fitReading, latestAssessmentScores } from '@shared/domain/audit-fit';
import { auditCsv, auditMarkdown } from '@shared/domain/audit-export';
import type {
  Audit,
  AuditCategory,
  AuditEntry,
  CategoryRule,
  SelfAssessment,
  WeeklyReflection,
} from '@shared/types/entities';
import { ROUTES, isUnder, useRoute } from '@renderer/navigation';
import { db } from '@renderer/db/db';
import { call } from '@renderer/platform/api';
import { useStore } from '@renderer/store/store';
import { formatDay, plural } from '@renderer/ui/format';
import {
  useAllEntries,
  useAuditEntries,
  useAudits,
  useCategories,
  useReflections,
  useRules,
  useSelfAssessments,
} from '../hooks/useAuditData';
import * as repo from '../model/repo';
import { CategoriesView, type CategoryActions } from './CategoriesView';
import { HistoryView } from './HistoryView';
import { ImportDialog, type CalendarPreview } from './ImportDialog';
import { LogView, type LogActions } from './LogView';
import { ReflectionView } from './ReflectionView';
import { ResultsView } from './ResultsView';
import { StartAudit } from './StartAudit';
import { UndoBar, type UndoOffer } from './UndoBar';
import '../audit.css';
import { errorMessage } from '@shared/errors';

const TABS = [
  { route: ROUTES.audit, label: 'Log' },
  { route: ROUTES.auditReflection, label: 'Weekly reflection' },
  { route: ROUTES.auditResults, label: 'Results' },
  { route: ROUTES.auditCategories, label: 'Categories & rules' },
  { route: ROUTES.auditHistory, label: 'All audits' },
] as const;

// Stable empty lists while loading, so memoised results do not recompute on every render.
const NO_CATEGORIES: AuditCategory[] = [];
const NO_RULES: CategoryRule[] = [];
const NO_REFLECTIONS: WeeklyReflection[] = [];
const NO_ASSESSMENTS: SelfAssessment[] = [];

export function AuditPage() {
  const audits = useAudits();
  const categories = useCategories();
  const route = useRoute();
  const [viewId, setViewId] = useState<string | null>(null);
  // A quick-log request (menu, tray, shortcut) is about the running audit, not an old one being viewed.
  const quickLogPending = useStore((state) => state.quickLogPending);
  if (quickLogPending && viewId !== null) setViewId(null);
  const active = audits?.find((a) => a.status === 'active') ?? null;
  const audit = audits?.find((a) => a.id === viewId) ?? active ?? audits?.[0] ?? null;

  if (audits === undefined || categories === undefined) return <p className="muted">Loading your audits…</p>;
  if (!audit) return <NoAudit />;
  return (
    <AuditScreen key={audit.id} audit={audit} audits={audits} route={route} onView={(a) => setViewId(a.id)} />
  );
}

function useToast() {
  return useStore((state) => state.pushToast);
}

function today(): string {
  return format(new Date(), 'yyyy-MM-dd');
}

function NoAudit() {
  const pushToast = useToast();
  return (
    <div className="stack audit">
      <StartAudit
        today={today()}
        first
        onStart={async (input) => {
          try {
            await repo.startAudit(db, input, new Date());
            pushToast('success', 'Your audit has started. Log your first activity below.');
            return true;
          } catch (error) {
            pushToast('error', `The audit could not be started: ${errorMessage(error)}`);
            return false;
          }
        }}
      />
    </div>
  );
}

interface AuditScreenProps {
  audit: Audit;
  audits: Audit[];
  route: string;
  onView: (audit: Audit) => void;
}

function AuditScreen({ audit, audits, route, onView }: AuditScreenProps) {
  const pushToast = useToast();
  const categories = useCategories() ?? NO_CATEGORIES;
  const rules = useRules() ?? NO_RULES;
  const entries = useAuditEntries(audit.id);
  const reflections = useReflections(audit.id) ?? NO_REFLECTIONS;
  const assessments = useSelfAssessments() ?? NO_ASSESSMENTS;
  const [undo, setUndo] = useState<UndoOffer | null>(null);
  const [preview, setPreview] = useState<{ data: CalendarPreview; existing: Set<string> } | null>(null);
  const [importing, setImporting] = useState(false);
  const undoId = useRef(0);
  const now = today();
  const readOnly = audit.status === 'finished';
  const tab = [...TABS].reverse().find((t) => isUnder(route, t.route)) ?? TABS[0];

  const summary = useMemo(
    () => summariseAudit(audit, entries ?? [], categories),
    [audit, entries, categories],
  );
  const fit = useMemo(() => fitReading(summary, latestAssessmentScores(assessments)), [summary, assessments]);
  const signals = useMemo(() => burnoutSignals(summary), [summary]);

  const offerUndo = useCallback(
    (message: string, run: () => Promise<void>) => {
      undoId.current += 1;
      setUndo({
        id: undoId.current,
        message,
        undo: async () => {
          try {
            await run();
          } catch (error) {
            pushToast('error', `Undo failed: ${errorMessage(error)}`);
          }
        },
      });
    },
    [pushToast],
  );
  const clearUndo = useCallback(() => setUndo(null), []);

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
    add: (draft) =>
      attempt('The activity could not be added', async () => {
        const entry = await repo.addEntry(db, audit.id, draft, new Date());
        offerUndo(`Logged “${entry.title}”.`, async () => {
          await repo.deleteEntry(db, entry.id);
        });
      }),
    update: (entry, draft) =>
      attempt('The changes could not be saved', async () => {
        const before = await repo.updateEntry(db, entry.id, draft, new Date());
        offerUndo(`Saved changes to “${draft.title.trim()}”.`, () => repo.restoreEntry(db, before));
      }),
    remove: async (entry) => {
      await attempt('The activity could not be deleted', async () => {
        const deleted = await repo.deleteEntry(db, entry.id);
        offerUndo(`Deleted “${deleted.title}”.`, () => repo.restoreEntry(db, deleted));
      });
    },
    rate: async (entry, energy) => {
      await attempt('The rating could not be saved', () =>
        repo.rateEntries(db, [{ id: entry.id, energy }], new Date()),
      );
    },
    importCalendar: () => {
      if (importing) return;
      setImporting(true);
      void (async () => {
        try {
          const result = await call('calendar:open', {
            rangeStart: audit.startDate,
            rangeEnd: auditEndDate(audit),
            timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
          });
          if (result.status === 'cancelled') return;
          const { status: _status, bytes: _bytes, ...data } = result;
          const keys = data.occurrences.map((o) => o.importKey);
          const existing = await db.auditEntries.where('importKey').anyOf(keys).toArray();
          setPreview({ data, existing: new Set(existing.map((e) => e.importKey ?? '')) });
        } catch (error) {
          pushToast('error', errorMessage(error));
        } finally {
          setImporting(false);
        }
      })();
    },
  };

  const categoryActions: CategoryActions = {
    add: (input) =>
      attempt('The category could not be added', async () => {
        await repo.addCategory(db, input);
      }),
    update: (category, patch) =>
      attempt('The category could not be saved', () => repo.updateCategory(db, category.id, patch)),
    addRule: (keyword, categoryId) =>
      attempt('The rule could not be added', async () => {
        await repo.addRule(db, keyword, categoryId);
        pushToast('success', `Rule saved: titles containing “${keyword.trim()}” get this category.`);
      }),
    deleteRule: async (rule) => {
      await attempt('The rule could not be removed', async () => {
        await repo.deleteRule(db, rule.id);
        offerUndo(`Removed the rule “${rule.keyword}”.`, async () => {
          await db.transaction('rw', db.categoryRules, () => db.categoryRules.put(rule));
        });
      });
    },
    moveRule: async (rule, direction) => {
      await attempt('The rule could not be moved', () => repo.moveRule(db, rule.id, direction));
    },
  };

  const exportAudit = (kind: 'csv' | 'markdown') => {
    void attempt('The export failed', async () => {
      const text =
        kind === 'csv'
          ? auditCsv(entries ?? [], categories)
          : auditMarkdown({ audit, summary, fit, reflections });
      const result = await call('export:saveText', {
        kind,
        title: kind === 'csv' ? 'Export the audit as CSV' : 'Export the audit summary',
        suggestedName: `calendar-audit-${audit.startDate}.${kind === 'csv' ? 'csv' : 'md'}`,
        text,
      });
      if (result.status === 'saved') pushToast('success', `Saved to ${result.path}.`);
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
    <div className="stack audit">
      <section className="card audit-head" aria-labelledby="audit-head-title">
        <div className="card__header">
          <div>
            <h2 id="audit-head-title">
              Audit of {formatDay(audit.startDate)} – {formatDay(auditEndDate(audit))}
            </h2>
            <p className="muted small">
              {status} · {plural(entries?.length ?? 0, 'activity', 'activities')} logged
            </p>
          </div>
          {audit.status === 'active' ? (
            <button
              type="button"
              className="button"
              onClick={() =>
                void attempt('The audit could not be finished', async () => {
                  await repo.finishAudit(db, audit.id, new Date());
                  pushToast('success', 'Audit finished. Its results stay here to read and compare.');
                })
              }
            >
              Finish audit
            </button>
          ) : null}
        </div>
        {readOnly ? (
          <p className="note" role="note">
            This audit is finished: you can read it and export it.{' '}
            {active(audits)
              ? 'Your running audit is under “All audits”.'
              : 'Start a new one under “All audits”.'}
          </p>
        ) : null}
        <nav aria-label="Audit sections" className="audit-tabs">
          {TABS.map((t) => (
            <a
              key={t.route}
              href={`#${t.route}`}
              className="audit-tabs__link"
              aria-current={t.route === tab.route ? 'page' : undefined}
            >
              {t.label}
            </a>
          ))}
        </nav>
      </section>

      {entries === undefined ? (
        <p className="muted">Loading activities…</p>
      ) : tab.route === ROUTES.audit ? (
        <LogView
          audit={audit}
          entries={entries}
          categories={categories}
          reflections={reflections}
          today={now}
          readOnly={readOnly}
          actions={logActions}
        />
      ) : tab.route === ROUTES.auditReflection ? (
        <ReflectionView
          audit={audit}
          entries={entries}
          reflections={reflections}
          today={now}
          readOnly={readOnly}
          onSave={(draft) =>
            attempt('The reflection could not be saved', async () => {
              await repo.saveReflection(db, draft, new Date());
              pushToast('success', 'Reflection saved. Next week’s log shows your intentions.');
            })
          }
        />
      ) : tab.route === ROUTES.auditResults ? (
        <ResultsView summary={summary} fit={fit} signals={signals} onExport={exportAudit} />
      ) : tab.route === ROUTES.auditCategories ? (
        <CategoriesView categories={categories} rules={rules} actions={categoryActions} />
      ) : (
        <History audits={audits} audit={audit} onView={onView} categories={categories} />
      )}

      {preview ? (
        <ImportDialog
          preview={preview.data}
          categories={categories}
          rules={rules}
          existingKeys={preview.existing}
          onAddRule={categoryActions.addRule}
          onImport={(rows) =>
            attempt('The import failed', async () => {
              const { added, skipped } = await repo.importOccurrences(db, audit.id, rows, new Date());
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
      <UndoBar offer={undo} onDone={clearUndo} />
    </div>
  );
}

const active = (audits: Audit[]) => audits.some((a) => a.status === 'active');

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
  const pushToast = useToast();
  const all: AuditEntry[] = useAllEntries() ?? [];
  return (
    <div className="stack">
      <HistoryView
        audits={audits}
        entries={all}
        categories={categories}
        viewingId={audit.id}
        onView={onView}
      />
      {active(audits) ? null : (
        <StartAudit
          today={today()}
          first={false}
          onStart={async (input) => {
            try {
              const started = await repo.startAudit(db, input, new Date());
              onView(started);
              pushToast('success', 'Your new audit has started.');
              return true;
            } catch (error) {
              pushToast('error', `The audit could not be started: ${errorMessage(error)}`);
              return false;
            }
          }}
        />
      )}
    </div>
  );
}
