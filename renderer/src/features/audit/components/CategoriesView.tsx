import { useEffect, useRef, useState } from 'react';
import { LEAN_LABELS } from '@shared/content/audit';
import type { AuditCategory, CategoryRule, Lean } from '@shared/types/entities';
import { EmptyState } from '@renderer/ui/EmptyState';
import { CategorySelect } from './EntryDialog';
import { KeptDraftNote, SaveState, useDraft } from '@renderer/ui/useDraft';

export interface CategoryActions {
  add: (input: { name: string; lean: Lean; color: string }) => Promise<boolean>;
  update: (
    category: AuditCategory,
    patch: Partial<Pick<AuditCategory, 'name' | 'lean' | 'color' | 'archived'>>,
  ) => Promise<boolean>;
  addRule: (keyword: string, categoryId: string) => Promise<boolean>;
  deleteRule: (rule: CategoryRule) => Promise<void>;
  moveRule: (rule: CategoryRule, direction: -1 | 1) => Promise<void>;
}

const LEANS: Lean[] = ['staff', 'em', 'neutral'];

const NEW_CATEGORY: { name: string; lean: Lean; color: string } = {
  name: '',
  lean: 'neutral',
  color: '#6b7280',
};
const NEW_RULE: { keyword: string; categoryId: string | null } = { keyword: '', categoryId: null };

function LeanSelect({
  value,
  onChange,
  label,
}: {
  value: Lean;
  onChange: (lean: Lean) => void;
  label: string;
}) {
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value as Lean)}>
      {LEANS.map((lean) => (
        <option key={lean} value={lean}>
          {LEAN_LABELS[lean]}
        </option>
      ))}
    </select>
  );
}

function CategoryRow({ category, actions }: { category: AuditCategory; actions: CategoryActions }) {
  // A rename edits a record that exists, so it autosaves (ui/drafts.ts): a moment after typing pauses, at
  // once on Enter or when the field is left, and before the app quits. An empty name is never stored.
  const name = useDraft({
    key: `audit-category-name:${category.id}`,
    initial: category.name,
    save: async (typed) => {
      const trimmed = typed.trim();
      if (!trimmed || trimmed === category.name) return true;
      return actions.update(category, { name: trimmed });
    },
  });
  const input = useRef<HTMLInputElement>(null);
  // The "Saved" line appears once this name was changed in this visit (or opened with text kept from an
  // earlier one), not on every row.
  const [restoredAtOpen] = useState(name.restored);
  const { reset } = name;
  // Once nothing is pending and the field is not being typed in, it shows the stored name: the trimmed
  // one after a save, or a name changed elsewhere (an undo, a restore of the same category).
  useEffect(() => {
    if (name.status !== 'saved' || document.activeElement === input.current) return;
    if (name.value !== category.name && name.value.trim() !== '') reset(category.name);
  }, [category.name, name.status, name.value, reset]);
  const leave = () => {
    if (name.value.trim()) void name.flush();
    else reset(category.name);
  };
  return (
    <tr className={category.archived ? 'audit-cat--archived' : undefined}>
      <td>
        <input
          type="color"
          className="audit-color"
          aria-label={`Colour of ${category.name}`}
          value={category.color}
          onChange={(e) => void actions.update(category, { color: e.target.value })}
        />
      </td>
      <td>
        <input
          ref={input}
          aria-label={`Name of ${category.name}`}
          value={name.value}
          maxLength={200}
          onChange={(e) => name.set(e.target.value)}
          onBlur={leave}
          onKeyDown={(e) => {
            if (e.key === 'Enter') leave();
          }}
        />
        {name.edited || restoredAtOpen ? <SaveState status={name.status} /> : null}
      </td>
      <td>
        <LeanSelect
          label={`Lean of ${category.name}`}
          value={category.lean}
          onChange={(lean) => void actions.update(category, { lean })}
        />
      </td>
      <td className="actions">
        <button
          type="button"
          className="button button--small"
          onClick={() => void actions.update(category, { archived: !category.archived })}
        >
          {category.archived ? 'Restore' : 'Archive'}
          <span className="visually-hidden"> {category.name}</span>
        </button>
      </td>
    </tr>
  );
}

export function CategoriesView({
  categories,
  rules,
  actions,
}: {
  categories: AuditCategory[];
  rules: CategoryRule[];
  actions: CategoryActions;
}) {
  // Both add forms keep what was typed until it is added or cleared (ui/drafts.ts).
  const newCategory = useDraft({ key: 'audit-category:new', initial: NEW_CATEGORY });
  const { name, lean, color } = newCategory.value;
  const newRule = useDraft({ key: 'audit-rule:new', initial: NEW_RULE });
  const { keyword, categoryId: ruleCategory } = newRule.value;
  const byId = new Map(categories.map((c) => [c.id, c]));
  const active = categories.filter((c) => !c.archived);
  const archived = categories.filter((c) => c.archived);

  return (
    <div className="stack">
      <section className="card" aria-labelledby="audit-cats-title">
        <h2 id="audit-cats-title">Categories</h2>
        <p className="muted">
          Each category leans toward the Staff path, the EM path, or neither — the fit reading compares your
          energy across those leans. Rename, recolour and re-lean them to match your job. Archiving hides a
          category from new entries; activities already in it keep it.
        </p>
        {categories.length === 0 ? (
          <EmptyState title="No categories yet">Starting your first audit adds a ready-made set.</EmptyState>
        ) : (
          <table className="table audit-cats">
            <thead>
              <tr>
                <th scope="col">Colour</th>
                <th scope="col">Name</th>
                <th scope="col">Lean</th>
                <th scope="col" className="actions">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {[...active, ...archived].map((category) => (
                <CategoryRow key={category.id} category={category} actions={actions} />
              ))}
            </tbody>
          </table>
        )}
        <form
          className="row audit-cats__add"
          aria-label="Add a category"
          onSubmit={(event) => {
            event.preventDefault();
            if (!name.trim()) return;
            const submitted = newCategory.value;
            void actions.add(submitted).then((ok) => {
              // The colour and lean stay for the next one, as before; only the name starts empty.
              if (ok) newCategory.resetIfUnchanged(submitted, { ...submitted, name: '' });
            });
          }}
        >
          <input
            type="color"
            className="audit-color"
            aria-label="Colour of the new category"
            value={color}
            onChange={(e) => newCategory.update({ color: e.target.value })}
          />
          <input
            aria-label="Name of the new category"
            placeholder="New category"
            value={name}
            maxLength={200}
            onChange={(e) => newCategory.update({ name: e.target.value })}
          />
          <LeanSelect
            label="Lean of the new category"
            value={lean}
            onChange={(next) => newCategory.update({ lean: next })}
          />
          <button type="submit" className="button" disabled={!name.trim()}>
            Add category
          </button>
        </form>
        <KeptDraftNote restored={newCategory.restored} onClear={() => newCategory.reset(NEW_CATEGORY)} />
      </section>

      <section className="card" aria-labelledby="audit-rules-title">
        <h2 id="audit-rules-title">Keyword rules</h2>
        <p className="muted">
          When you import a calendar, an event whose title contains a keyword gets that keyword’s category.
          Rules are tried from the top; the first match wins, ignoring upper and lower case.
        </p>
        <form
          className="row"
          aria-label="Add a rule"
          onSubmit={(event) => {
            event.preventDefault();
            if (!keyword.trim() || !ruleCategory) return;
            const submitted = newRule.value;
            void actions.addRule(keyword, ruleCategory).then((ok) => {
              // The category stays chosen for the next keyword, as before.
              if (ok) newRule.resetIfUnchanged(submitted, { ...submitted, keyword: '' });
            });
          }}
        >
          <input
            aria-label="Keyword"
            placeholder="Keyword, e.g. interview"
            value={keyword}
            maxLength={200}
            onChange={(e) => newRule.update({ keyword: e.target.value })}
          />
          <CategorySelect
            label="Category for the keyword"
            value={ruleCategory}
            categories={categories}
            onChange={(id) => newRule.update({ categoryId: id })}
          />
          <button type="submit" className="button" disabled={!keyword.trim() || !ruleCategory}>
            Add rule
          </button>
        </form>
        <KeptDraftNote restored={newRule.restored} onClear={() => newRule.reset(NEW_RULE)} />
        {rules.length === 0 ? (
          <p className="muted">No rules yet.</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">When the title contains</th>
                <th scope="col">Category</th>
                <th scope="col" className="actions">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rules.map((rule, index) => {
                const category = byId.get(rule.categoryId);
                return (
                  <tr key={rule.id}>
                    <th scope="row">
                      <code>{rule.keyword}</code>
                    </th>
                    <td>
                      {category ? category.name : 'Deleted category'}
                      {category?.archived ? ' (archived: rule not used)' : ''}
                    </td>
                    <td className="actions">
                      <button
                        type="button"
                        className="button button--ghost button--small"
                        disabled={index === 0}
                        onClick={() => void actions.moveRule(rule, -1)}
                      >
                        Up<span className="visually-hidden"> {rule.keyword}</span>
                      </button>
                      <button
                        type="button"
                        className="button button--ghost button--small"
                        disabled={index === rules.length - 1}
                        onClick={() => void actions.moveRule(rule, 1)}
                      >
                        Down<span className="visually-hidden"> {rule.keyword}</span>
                      </button>
                      <button
                        type="button"
                        className="button button--ghost button--small"
                        onClick={() => void actions.deleteRule(rule)}
                      >
                        Remove<span className="visually-hidden"> rule {rule.keyword}</span>
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
