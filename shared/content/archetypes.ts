/**
 * The Staff archetypes the sources name (issue 18): the same level is reached by different kinds of
 * work, and a plan ranks first what the chosen kind relies on most. Written in the app's own words.
 * `emphasis` names competencies of the built-in Senior → Staff framework by key (frameworks.ts); a plan
 * made from it recognises them by that key, whatever the user has renamed them to.
 */
export type StaffArchetype = 'tech-lead' | 'cross-team' | 'domain-expert';

export interface ArchetypeText {
  key: StaffArchetype;
  name: string;
  /** One sentence: what a week of this kind of Staff work is made of. */
  summary: string;
  /** Built-in competency keys this archetype leans on most, most important first. */
  emphasis: readonly string[];
}

export const STAFF_ARCHETYPES: readonly ArchetypeText[] = [
  {
    key: 'tech-lead',
    name: 'Technical lead',
    summary:
      'Steers how one or a few teams build: sets the technical approach, splits the work, and keeps quality and delivery on track.',
    emphasis: ['technical-direction', 'delivery', 'mentorship', 'ownership', 'craft'],
  },
  {
    key: 'cross-team',
    name: 'Cross-team driver',
    summary:
      'Carries a large effort that no single team owns through to the end, by aligning many teams and keeping everyone informed.',
    emphasis: ['cross-team-alignment', 'influence', 'communication', 'delivery', 'ambiguity'],
  },
  {
    key: 'domain-expert',
    name: 'Domain expert',
    summary:
      'Is the deep specialist of a hard area others depend on, and decides what good looks like there.',
    emphasis: ['craft', 'technical-direction', 'risk-management', 'calculated-risk', 'ambiguity'],
  },
];

export function archetypeText(key: StaffArchetype): ArchetypeText {
  const found = STAFF_ARCHETYPES.find((a) => a.key === key);
  if (!found) throw new Error(`Unknown archetype ${key}`);
  return found;
}

/**
 * How much an emphasised competency's gap counts for more when ranking: one level, so that it comes
 * before any competency with the same gap and level with one whose gap is one larger. Shown beside the
 * ranking, and undone by choosing no archetype.
 */
export const ARCHETYPE_BOOST = 1;
