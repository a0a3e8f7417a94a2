/** A common scope ladder, offered as suggestions; ladders differ between companies, so any text is allowed. */
export const LEVEL_SUGGESTIONS = [
  { value: 'E3 · Software engineer', scope: 'Takes well-defined tasks of a few days and does them well.' },
  {
    value: 'E4 · Software engineer II',
    scope: 'Breaks features of a month or two into steps and delivers them.',
  },
  {
    value: 'E5 · Senior engineer',
    scope: 'Owns a small system and open-ended problems over a quarter or more; may lead a few people.',
  },
  {
    value: 'E6 · Staff engineer',
    scope: 'Owns an area across teams, picks the problems worth solving and brings people along.',
  },
  { value: 'M1 · Engineering manager', scope: 'Leads a team: its people, its plans and what it delivers.' },
] as const;

export const TRACK_LABELS = {
  staff: 'Staff engineer',
  em: 'Engineering manager',
  undecided: 'Not decided yet',
} as const;
