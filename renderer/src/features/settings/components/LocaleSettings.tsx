import { useState } from 'react';
import type { AppSettings } from '@shared/domain/app-settings';
import {
  canonicalLocale,
  formatClock,
  formatIsoDate,
  formatNumber,
  formattingLocale,
  hour12Of,
} from '@shared/domain/format';
import { chosenLocale, systemLocale } from '@renderer/ui/format';
import { Field } from '@renderer/ui/Field';

/** A few common choices; anything else can be typed as a BCP-47 tag. */
const LOCALES: readonly { tag: string; name: string }[] = [
  { tag: 'en-US', name: 'United States' },
  { tag: 'en-GB', name: 'United Kingdom' },
  { tag: 'de-DE', name: 'Germany' },
  { tag: 'fr-FR', name: 'France' },
  { tag: 'es-ES', name: 'Spain' },
];
const OTHER = 'other';

const CLOCKS: readonly { value: AppSettings['clock']; name: string }[] = [
  { value: 'system', name: 'Same as the region' },
  { value: '12h', name: '12-hour (5:30 PM)' },
  { value: '24h', name: '24-hour (17:30)' },
];

/**
 * How dates, times and numbers read everywhere in the app and in its Markdown exports: the conventions
 * of the system's region by default, or of one the user picks, always in the app's English
 * (`formattingLocale`: Germany reads "1 December 2026 · 17:30 · 1.234,5"). The time fields (`ui/TimeField`) follow it at once; the
 * native date fields are drawn by Chromium, which main starts in the chosen language
 * (electron/services/chromium-language.ts), so they follow it from the next start.
 */
export function LocaleSettings({
  settings,
  onChange,
}: {
  settings: AppSettings;
  onChange: (next: AppSettings) => void;
}) {
  const listed = settings.locale === 'system' || LOCALES.some((l) => l.tag === settings.locale);
  const [typing, setTyping] = useState<string | null>(listed ? null : settings.locale);
  const choice = typing !== null ? OTHER : settings.locale;
  const typedError =
    typing !== null && canonicalLocale(typing) === null
      ? 'Growth Ledger does not know this locale tag. Type a language and a region, such as en-AU, nl-NL or pt-BR.'
      : null;

  const effective = formattingLocale(chosenLocale(settings.locale));
  const prefs = { locale: effective, hour12: hour12Of(settings.clock) };
  const sample = `${formatIsoDate('2026-12-01', prefs, 'long')} · ${formatClock('17:30', prefs)} · ${formatNumber(1234.5, effective, 1)}`;

  return (
    <fieldset className="card settings-group">
      <legend>Dates, times and numbers</legend>
      <div className="settings-fields settings-fields--locale">
        <Field
          label="Region"
          className="settings-field settings-field--wide"
          hint={settings.locale === 'system' ? `The system's: ${systemLocale()}` : undefined}
        >
          {(p) => (
            <select
              {...p}
              value={choice}
              onChange={(event) => {
                const value = event.target.value;
                if (value === OTHER) {
                  setTyping(settings.locale === 'system' ? '' : settings.locale);
                  return;
                }
                setTyping(null);
                onChange({ ...settings, locale: value });
              }}
            >
              <option value="system">Follow the system</option>
              {LOCALES.map((l) => (
                <option key={l.tag} value={l.tag}>
                  {l.name}
                </option>
              ))}
              <option value={OTHER}>Other (type a locale tag)</option>
            </select>
          )}
        </Field>
        {typing !== null ? (
          <Field
            label="Locale tag"
            className="settings-field"
            error={typedError}
            hint="For example en-AU or pt-BR."
          >
            {(p) => (
              <input
                {...p}
                className="settings-input"
                value={typing}
                spellCheck={false}
                onChange={(event) => {
                  const text = event.target.value;
                  setTyping(text);
                  const tag = canonicalLocale(text);
                  if (tag) onChange({ ...settings, locale: tag });
                }}
              />
            )}
          </Field>
        ) : null}
        <Field label="Clock" className="settings-field settings-field--wide">
          {(p) => (
            <select
              {...p}
              value={settings.clock}
              onChange={(event) =>
                onChange({ ...settings, clock: event.target.value as AppSettings['clock'] })
              }
            >
              {CLOCKS.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <p className="muted small" data-testid="locale-sample">
        Reads as: {sample}
      </p>
      <p className="field__hint">
        Time fields follow this choice at once: type a time the way it reads here. Date fields and their
        calendars follow a chosen region from the next start of Growth Ledger.
      </p>
    </fieldset>
  );
}
