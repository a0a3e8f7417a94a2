import type { RefObject } from 'react';
import { LIKERT_LABELS } from '@shared/content/assessment';

interface AnswerScaleProps {
  /** 0-based statement index. */
  index: number;
  value: number | null;
  onAnswer: (value: number) => void;
  /** Set on the radio that should take focus (the checked one, else the first). */
  focusRef?: RefObject<HTMLInputElement | null>;
  compact?: boolean;
}

/** The five answers of one statement as native radios (arrow keys move between them, as usual). */
export function AnswerScale({ index, value, onAnswer, focusRef, compact = false }: AnswerScaleProps) {
  return (
    <div className={`assessment-scale ${compact ? 'assessment-scale--compact' : ''}`}>
      {LIKERT_LABELS.map((label, i) => {
        const answer = i + 1;
        const checked = value === answer;
        const focusTarget = value === null ? answer === 1 : checked;
        return (
          <label key={answer} className={`assessment-scale__option ${checked ? 'is-checked' : ''}`}>
            <input
              type="radio"
              name={`statement-${index + 1}`}
              value={answer}
              checked={checked}
              data-statement-index={index}
              ref={focusTarget ? focusRef : undefined}
              onChange={() => onAnswer(answer)}
            />
            <span className="assessment-scale__digit" aria-hidden="true">
              {answer}
            </span>
            <span className="assessment-scale__label">{label}</span>
          </label>
        );
      })}
    </div>
  );
}
