import { fireEvent } from '@testing-library/react';

/**
 * Types into a text field as a person does with a keyboard: focus, the whole text replaced (select all),
 * then one character at a time, each a change the component sees, then Tab away (blur) unless `stay`.
 * For fields that read text as it is typed, such as ui/TimeField.
 */
export function typeInto(field: HTMLElement, text: string, { stay = false }: { stay?: boolean } = {}): void {
  fireEvent.focus(field);
  fireEvent.change(field, { target: { value: '' } });
  for (let i = 1; i <= text.length; i += 1) {
    fireEvent.change(field, { target: { value: text.slice(0, i) } });
  }
  if (!stay) fireEvent.blur(field);
}
