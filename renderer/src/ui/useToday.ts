import { format } from 'date-fns';
import { useState } from 'react';

/** Today's date (`yyyy-MM-dd`, local), fixed for the life of the component: one screen uses one date. */
export function useToday(): string {
  const [today] = useState(() => format(new Date(), 'yyyy-MM-dd'));
  return today;
}
