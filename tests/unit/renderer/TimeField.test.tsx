import { useState } from 'react';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Field } from '@renderer/ui/Field';
import { TimeField, type TimeFieldState } from '@renderer/ui/TimeField';
import { applyFormatSettings } from '@renderer/ui/format';
import { typeInto } from '../support/type-text';

afterEach(cleanup);

/** A form around the field, as the app's forms hold it: the value is what the form keeps. */
function Form({
  initial = '',
  step,
  onChange,
}: {
  initial?: string;
  step?: number;
  onChange?: (value: string, state: TimeFieldState) => void;
}) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <Field label="Start" hint="Optional.">
        {(p) => (
          <TimeField
            {...p}
            value={value}
            step={step}
            onChange={(next, state) => {
              setValue(next);
              onChange?.(next, state);
            }}
          />
        )}
      </Field>
      <output data-testid="form-value">{value}</output>
    </>
  );
}

function field(): HTMLInputElement {
  return screen.getByLabelText<HTMLInputElement>('Start');
}
const formValue = () => screen.getByTestId('form-value').textContent;

describe('TimeField', () => {
  it('is a labelled textbox with a format hint, in the app locale (en-GB: 24-hour)', () => {
    render(<Form initial="17:30" />);
    const input = screen.getByRole<HTMLInputElement>('textbox', { name: 'Start' });
    expect(input.value).toBe('17:30');
    const described = (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain('Optional.');
    expect(described.join(' ')).toMatch(/Type a time such as 17:30\./);
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('passes on "HH:mm" as soon as the text is a time, "" while it is not yet one', () => {
    const onChange = vi.fn<(value: string, state: TimeFieldState) => void>();
    render(<Form onChange={onChange} />);
    typeInto(field(), '5:3', { stay: true });
    expect(onChange.mock.calls.map(([value]) => value)).toEqual(['05:00', '', '']);
    expect(onChange).toHaveBeenLastCalledWith('', { unreadable: true });
    fireEvent.change(field(), { target: { value: '5:30pm' } });
    expect(onChange).toHaveBeenLastCalledWith('17:30', { unreadable: false });
    expect(formValue()).toBe('17:30');
    // While focused, the text stays as typed.
    expect(field().value).toBe('5:30pm');
  });

  it.each([
    ['17:30', '17:30'],
    ['1730', '17:30'],
    ['5:30 pm', '17:30'],
    ['5.30pm', '17:30'],
    ['530p', '17:30'],
    ['5 PM', '17:00'],
    ['9', '09:00'],
    ['09:05', '09:05'],
  ])('typing "%s" gives %s and shows it as the app writes times when the field is left', (typed, value) => {
    render(<Form />);
    typeInto(field(), typed);
    expect(formValue()).toBe(value);
    expect(field().value).toBe(value);
    expect(field().getAttribute('aria-invalid')).toBeNull();
  });

  it('in en-US shows "5:30 PM" and reads what it shows', () => {
    act(() => applyFormatSettings('en-US', 'system'));
    render(<Form />);
    typeInto(field(), '1730');
    expect(field().value).toMatch(/^5:30\sPM$/u);
    expect(formValue()).toBe('17:30');
    typeInto(field(), field().value);
    expect(formValue()).toBe('17:30');
  });

  it('marks text that is not a time when left, says what to type, and keeps the last good time for Escape', () => {
    const onChange = vi.fn<(value: string, state: TimeFieldState) => void>();
    render(<Form initial="09:15" onChange={onChange} />);
    typeInto(field(), 'half nine');
    expect(field().value).toBe('half nine');
    expect(field().getAttribute('aria-invalid')).toBe('true');
    const message = screen.getByText(/is not a time/);
    expect(message.textContent).toBe(
      '“half nine” is not a time. Type a time such as 17:30, or press Escape to go back to 09:15.',
    );
    expect(field().getAttribute('aria-describedby')).toContain(message.id);
    // Like a native time field, the form holds "" meanwhile (and is told the text is unreadable).
    expect(onChange).toHaveBeenLastCalledWith('', { unreadable: true });

    fireEvent.keyDown(field(), { key: 'Escape' });
    expect(field().value).toBe('09:15');
    expect(formValue()).toBe('09:15');
    expect(field().getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByText(/is not a time/)).toBeNull();
  });

  it('a fixed entry clears the mark; an emptied field stays empty (the form decides if that is allowed)', () => {
    render(<Form initial="09:15" />);
    typeInto(field(), '25:00');
    expect(field().getAttribute('aria-invalid')).toBe('true');
    typeInto(field(), '21:00');
    expect(field().getAttribute('aria-invalid')).toBeNull();
    expect(formValue()).toBe('21:00');
    typeInto(field(), '');
    expect(field().value).toBe('');
    expect(formValue()).toBe('');
    expect(field().getAttribute('aria-invalid')).toBeNull();
  });

  it('arrow keys move by the step (default a minute, Shift 15 minutes) and wrap around midnight', () => {
    render(<Form initial="23:58" />);
    fireEvent.keyDown(field(), { key: 'ArrowUp' });
    expect(formValue()).toBe('23:59');
    fireEvent.keyDown(field(), { key: 'ArrowUp' });
    expect(formValue()).toBe('00:00');
    expect(field().value).toBe('00:00');
    fireEvent.keyDown(field(), { key: 'ArrowDown' });
    expect(formValue()).toBe('23:59');
    fireEvent.keyDown(field(), { key: 'ArrowUp', shiftKey: true });
    expect(formValue()).toBe('00:00');
    fireEvent.keyDown(field(), { key: 'ArrowDown', shiftKey: true });
    expect(formValue()).toBe('23:45');
  });

  it('keeps the native step semantics: step in seconds, moving to its multiples', () => {
    render(<Form initial="09:07" step={300} />);
    fireEvent.keyDown(field(), { key: 'ArrowUp' });
    expect(formValue()).toBe('09:10');
    fireEvent.keyDown(field(), { key: 'ArrowDown' });
    fireEvent.keyDown(field(), { key: 'ArrowDown' });
    expect(formValue()).toBe('09:00');
    expect(
      document.getElementById(field().getAttribute('aria-describedby')?.split(' ')[1] ?? '')?.textContent,
    ).toMatch(/arrow keys change it by 5 minutes/);
  });

  it('an arrow on what is being typed moves from that time', () => {
    render(<Form initial="09:00" />);
    typeInto(field(), '1430', { stay: true });
    fireEvent.keyDown(field(), { key: 'ArrowUp' });
    expect(formValue()).toBe('14:31');
    expect(field().value).toBe('14:31');
  });

  it('shows the new locale and clock as soon as Settings changes them', () => {
    render(<Form initial="17:30" />);
    expect(field().value).toBe('17:30');
    act(() => applyFormatSettings('en-US', 'system'));
    expect(field().value).toMatch(/^5:30\sPM$/u);
    act(() => applyFormatSettings('en-US', '24h'));
    expect(field().value).toBe('17:30');
    // Germany on a 12-hour clock: the app's English as written there (en-DE), "pm" in lower case.
    act(() => applyFormatSettings('de-DE', '12h'));
    expect(field().value).toMatch(/^5:30\spm$/u);
    act(() => applyFormatSettings('de-DE', 'system'));
    expect(field().value).toBe('17:30');
    expect(field().placeholder).toBe('17:30');
  });

  it('a value set from outside replaces what is being typed', () => {
    function Outside() {
      const [value, setValue] = useState('09:00');
      return (
        <>
          <Field label="Start">{(p) => <TimeField {...p} value={value} onChange={setValue} />}</Field>
          <button type="button" onClick={() => setValue('11:45')}>
            Reset
          </button>
        </>
      );
    }
    render(<Outside />);
    typeInto(field(), '10:', { stay: true });
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(field().value).toBe('11:45');
  });
});
