import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { ASSESSMENT_STATEMENTS } from '@shared/content/assessment';
import { ASSESSMENT_STATEMENT_COUNT, answeredCount, firstUnanswered } from '@shared/domain/assessment';
import type { SelfAssessment } from '@shared/types/entities';
import { AnswerScale } from './AnswerScale';

export type TakeMode = 'single' | 'form';

interface TakeFlowProps {
  take: SelfAssessment;
  mode: TakeMode;
  onModeChange: (mode: TakeMode) => void;
  /** Saves one answer at once; rejects when it could not be saved. */
  onAnswer: (index: number, value: number) => Promise<void>;
  /** Completes the take (all answers present). */
  onComplete: () => Promise<void>;
}

const LAST = ASSESSMENT_STATEMENT_COUNT - 1;

/** What the key handling reads: React's and the DOM's keyboard events both have it. */
interface KeyLike {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  target: EventTarget | null;
  preventDefault(): void;
}

function isTextEntry(target: EventTarget | null) {
  return (
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement && target.type !== 'radio')
  );
}

/**
 * Answering the twelve statements, one at a time or all as a form. Each answer is written as soon as it
 * is given (in order, through one queue), so closing the app mid-way loses nothing.
 */
export function TakeFlow({ take, mode, onModeChange, onAnswer, onComplete }: TakeFlowProps) {
  const [answers, setAnswersState] = useState<(number | null)[]>(() => [...take.answers]);
  const [index, setIndexState] = useState(() => {
    const first = firstUnanswered(take.answers);
    return first === -1 ? LAST : first;
  });
  // Keys can come faster than React renders: handlers read these refs, never a render's stale copy.
  const answersRef = useRef(answers);
  const indexRef = useRef(index);
  const setAnswers = (change: (current: (number | null)[]) => (number | null)[]) => {
    answersRef.current = change(answersRef.current);
    setAnswersState(answersRef.current);
  };
  const setIndex = (next: number) => {
    indexRef.current = next;
    setIndexState(next);
  };
  // The statements "See my result" found unanswered (0-based), shown until they are answered; `asked`
  // counts the clicks, so each one brings focus back to the message.
  const [missing, setMissing] = useState<number[]>([]);
  const [asked, setAsked] = useState(0);
  const missingRef = useRef<HTMLDivElement>(null);
  const [completing, setCompleting] = useState(false);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const focusRef = useRef<HTMLInputElement>(null);
  const formFocus = useRef<HTMLInputElement>(null);
  const [formFocusIndex, setFormFocusIndex] = useState<number | null>(null);
  const answered = answeredCount(answers);
  // Local answers ahead of the stored take: a write is still on its way to the database.
  const saving = answers.some((value, i) => value !== take.answers[i]);
  const stored = useRef(take.answers);
  useEffect(() => {
    stored.current = take.answers;
  }, [take.answers]);

  // Keyboard users land on the current statement's answers, and stay there as they move.
  useEffect(() => {
    if (mode === 'single') focusRef.current?.focus();
  }, [index, mode]);
  useEffect(() => {
    if (formFocusIndex !== null) formFocus.current?.focus();
  }, [formFocusIndex]);
  useEffect(() => {
    if (asked > 0) missingRef.current?.focus();
  }, [asked]);

  const answer = (i: number, value: number) => {
    setMissing((current) => (current.includes(i) ? current.filter((j) => j !== i) : current));
    setAnswers((current) => current.map((v, j) => (j === i ? value : v)));
    const write = queue.current.then(() => onAnswer(i, value));
    // A failed write puts the stored answer back; the caller has already told the user why.
    queue.current = write.catch(() => {
      setAnswers((current) => current.map((v, j) => (j === i ? (stored.current[i] ?? null) : v)));
    });
  };

  const complete = async () => {
    const missing = answersRef.current.flatMap((v, i) => (v === null ? [i] : []));
    if (missing.length > 0) {
      // Said next to the button, and focused: before, the message sat out of sight below the form.
      setMissing(missing);
      setAsked((n) => n + 1);
      return;
    }
    setCompleting(true);
    try {
      await queue.current;
      await onComplete();
    } finally {
      setCompleting(false);
    }
  };

  const next = () => {
    if (indexRef.current < LAST) setIndex(indexRef.current + 1);
    else void complete();
  };
  const previous = () => setIndex(Math.max(0, indexRef.current - 1));

  /** Moves to a statement and puts focus on its answers (also when it is the one shown already). */
  const goTo = (i: number) => {
    if (mode === 'single') {
      if (indexRef.current === i) focusRef.current?.focus();
      else setIndex(i);
    } else if (formFocusIndex === i) formFocus.current?.focus();
    else setFormFocusIndex(i);
  };

  const missingMessage =
    missing.length > 0 ? (
      <div className="assessment-take__message" role="alert" tabIndex={-1} ref={missingRef}>
        <p>
          <strong>To see your result, answer all {ASSESSMENT_STATEMENT_COUNT} statements.</strong>{' '}
          {missing.length} still unanswered: {missing.length === 1 ? 'statement' : 'statements'}{' '}
          {statementRanges(missing)}.
        </p>
        <button type="button" className="button button--small" onClick={() => goTo(missing[0] ?? 0)}>
          Go to statement {(missing[0] ?? 0) + 1}
        </button>
      </div>
    ) : null;

  const onSingleKey = (event: KeyLike) => {
    if (event.altKey || event.ctrlKey || event.metaKey || isTextEntry(event.target)) return;
    if (/^[1-5]$/.test(event.key)) {
      event.preventDefault();
      answer(indexRef.current, Number(event.key));
    } else if (
      event.key === 'ArrowRight' ||
      (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement))
    ) {
      event.preventDefault();
      next();
    } else if (event.key === 'ArrowLeft') {
      event.preventDefault();
      previous();
    }
  };

  // Moving to the next statement replaces the focused answer; until focus lands on the new one, keys go to
  // the page body. They are still answers to this take, so they are handled here rather than lost.
  const singleKey = useRef(onSingleKey);
  useEffect(() => {
    singleKey.current = onSingleKey;
  });
  useEffect(() => {
    if (mode !== 'single') return undefined;
    const onStrayKey = (event: globalThis.KeyboardEvent) => {
      if (event.target === document.body) singleKey.current(event);
    };
    document.addEventListener('keydown', onStrayKey);
    return () => document.removeEventListener('keydown', onStrayKey);
  }, [mode]);

  const onFormKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target;
    if (!(target instanceof HTMLInputElement) || target.type !== 'radio') return;
    if (/^[1-5]$/.test(event.key)) {
      event.preventDefault();
      answer(Number(target.dataset.statementIndex), Number(event.key));
    }
  };

  const statement = ASSESSMENT_STATEMENTS[index];

  return (
    <div className="stack">
      <div className="assessment-take__bar">
        <fieldset className="assessment-take__mode">
          <legend className="visually-hidden">How to answer</legend>
          <div className="segmented assessment-segmented">
            {(
              [
                ['single', 'One at a time'],
                ['form', 'All at once'],
              ] as const
            ).map(([value, label]) => (
              <label key={value} className={mode === value ? 'is-selected' : ''}>
                <input
                  type="radio"
                  name="assessment-mode"
                  value={value}
                  checked={mode === value}
                  onChange={() => onModeChange(value)}
                />
                {label}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="progress">
          <progress value={answered} max={ASSESSMENT_STATEMENT_COUNT} aria-label="Statements answered" />
          <span>
            {answered} of {ASSESSMENT_STATEMENT_COUNT} answered · {saving ? 'saving…' : 'all saved'}
          </span>
        </div>
      </div>

      {mode === 'single' ? (
        <section className="card assessment-single" aria-label="Statement" onKeyDown={onSingleKey}>
          <fieldset key={index} className="assessment-statement">
            <legend>
              <span className="assessment-statement__count">
                Statement {index + 1} of {ASSESSMENT_STATEMENT_COUNT}
              </span>
              <span className="assessment-statement__text">{statement?.text}</span>
            </legend>
            <AnswerScale
              index={index}
              value={answers[index] ?? null}
              onAnswer={(value) => answer(index, value)}
              focusRef={focusRef}
            />
          </fieldset>
          {missingMessage}
          <div className="assessment-single__nav">
            <button type="button" className="button" onClick={previous} disabled={index === 0}>
              ← Previous
            </button>
            <button
              type="button"
              className={`button ${index === LAST ? 'button--primary' : ''}`}
              onClick={next}
              disabled={completing}
            >
              {index === LAST ? 'See my result' : 'Next →'}
            </button>
          </div>
          <p className="muted small assessment-keys">
            Keys: <kbd>1</kbd>–<kbd>5</kbd> answer · <kbd>→</kbd> or <kbd>Enter</kbd> next · <kbd>←</kbd> back
          </p>
        </section>
      ) : (
        <form
          className="stack"
          aria-label="All statements"
          onSubmit={(event) => {
            event.preventDefault();
            void complete();
          }}
        >
          <div className="stack assessment-form" onKeyDown={onFormKey}>
            {ASSESSMENT_STATEMENTS.map((s, i) => (
              <fieldset key={s.number} className="card assessment-statement assessment-statement--form">
                <legend>
                  <span className="assessment-statement__count">{s.number}.</span>{' '}
                  <span className="assessment-statement__text">{s.text}</span>
                </legend>
                <AnswerScale
                  index={i}
                  value={answers[i] ?? null}
                  onAnswer={(value) => answer(i, value)}
                  focusRef={formFocusIndex === i ? formFocus : undefined}
                  compact
                />
              </fieldset>
            ))}
          </div>
          {missingMessage}
          <div className="form-footer">
            <span className="muted">Tip: on a statement, the keys 1–5 answer it.</span>
            <button type="submit" className="button button--primary" disabled={completing}>
              See my result
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

/** 0-based statement indexes as 1-based numbers, runs shortened: [0,1,2,4] → "1–3, 5". */
export function statementRanges(indexes: readonly number[]): string {
  const runs: string[] = [];
  let start = -1;
  indexes.forEach((index, k) => {
    if (start === -1) start = index;
    const next = indexes[k + 1];
    if (next !== index + 1) {
      // Word joiners keep a range on one line.
      runs.push(start === index ? `${index + 1}` : `${start + 1}\u2060–\u2060${index + 1}`);
      start = -1;
    }
  });
  return runs.join(', ');
}
