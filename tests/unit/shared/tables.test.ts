import { describe, expect, it } from 'vitest';
import { tableSchemas } from '@shared/types/entities';
import { TABLE_LABELS, TABLE_NAMES } from '@shared/types/tables';

describe('the table list', () => {
  it('names exactly the tables that have a record schema, in the same (restore) order', () => {
    expect(Object.keys(tableSchemas)).toEqual(TABLE_NAMES);
    expect(TABLE_NAMES[0]).toBe('profile');
  });

  it('gives every table a human name', () => {
    for (const name of TABLE_NAMES) expect(TABLE_LABELS[name].trim()).not.toBe('');
  });
});
