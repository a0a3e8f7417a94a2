/**
 * The two built-in competency frameworks. They are never edited in place: the app copies one into the
 * database when the user picks it, and the user edits that copy (so the original stays available to copy
 * again). Written in the app's own words; level 1 is "just starting", level 5 is "a model for others".
 */

export type BuiltInFrameworkKey = 'senior-to-staff' | 'engineering-manager';

export interface BuiltInCompetency {
  /** Stable key inside the framework (used by tests and to keep copies recognisable). */
  key: string;
  group: string;
  name: string;
  description: string;
  /** What levels 1..5 look like, in order. */
  levels: readonly [string, string, string, string, string];
  /** Lower is more important for the framework's track; breaks ties between equal gaps. */
  priority: number;
  /** The framework version that added it (absent: the first). */
  since?: number;
}

export interface BuiltInFramework {
  key: BuiltInFrameworkKey;
  /**
   * Raised when competencies are added. A plan copied from an earlier version keeps its competencies and
   * their history; the plan offers to add the ones it lacks (competencies with a later `since`).
   */
  version: number;
  track: 'staff' | 'em';
  name: string;
  description: string;
  competencies: readonly BuiltInCompetency[];
}

export const SENIOR_TO_STAFF: BuiltInFramework = {
  key: 'senior-to-staff',
  version: 2,
  track: 'staff',
  name: 'Senior → Staff',
  description:
    'What changes when you move from owning a project to owning a technical area across teams: direction, alignment and leverage.',
  competencies: [
    {
      key: 'technical-direction',
      group: 'Technical',
      name: 'Technical direction & architecture',
      description: 'Shapes how systems should evolve, and makes designs that others can build on for years.',
      levels: [
        'Follows the designs others make and asks good questions about them.',
        'Designs components of a system with sensible trade-offs.',
        'Designs whole systems for the team and writes down why.',
        'Sets the technical direction for an area that spans several teams.',
        'People across the organisation reach for your designs and principles as the reference.',
      ],
      priority: 0,
    },
    {
      key: 'ambiguity',
      group: 'Technical',
      name: 'Handling ambiguity',
      description: 'Turns vague, messy problems into a clear framing and a plan people can act on.',
      levels: [
        'Needs a well-defined task to make progress.',
        'Clarifies unclear details of a task by asking the right people.',
        'Takes an open-ended problem and shapes it into a project.',
        'Finds the problems worth solving before anyone has named them.',
        'Others bring you their fuzziest problems because you reliably make them tractable.',
      ],
      priority: 1,
    },
    {
      key: 'risk-management',
      group: 'Technical',
      name: 'Risk management',
      description:
        'Sees scalability, reliability and security risks early and deals with them in proportion.',
      levels: [
        'Fixes problems once they are reported.',
        'Spots risks in own work and raises them.',
        'Builds safeguards (monitoring, limits, rollbacks) into the team’s systems by default.',
        'Keeps a risk picture for an area and steers investment toward the biggest ones.',
        'Shapes how the organisation thinks about and budgets for risk.',
      ],
      priority: 7,
    },
    {
      key: 'delivery',
      group: 'Execution',
      name: 'Delivery & coordination',
      description: 'Gets work across the line when it involves many people, services and dependencies.',
      levels: [
        'Delivers own tasks when they are well scoped.',
        'Delivers features on time and flags slips early.',
        'Leads a project with a few engineers to a clean finish.',
        'Coordinates delivery across several teams with shared milestones.',
        'Known for landing the hardest cross-organisation efforts.',
      ],
      priority: 5,
    },
    {
      key: 'ownership',
      group: 'Execution',
      name: 'Ownership & accountability',
      description: 'Owns outcomes, not just tasks, including the unglamorous follow-through.',
      levels: [
        'Finishes what is assigned.',
        'Owns a feature end to end, including bugs after launch.',
        'Owns a system: its health, its roadmap and its on-call pain.',
        'Feels accountable for outcomes that cross team lines and acts on it.',
        'Sets the standard for ownership that others copy.',
      ],
      priority: 4,
    },
    {
      key: 'prioritisation',
      group: 'Execution',
      name: 'Prioritisation & delegation',
      description:
        'Chooses the few things that matter most and hands the rest to people who can grow with it.',
      levels: [
        'Works through tasks in the order given.',
        'Orders own work by impact and says no to some of it.',
        'Helps the team pick what to drop and delegates parts of projects.',
        'Deliberately hands off work to grow others and spends own time where only you can help.',
        'Shapes what a whole area works on, and leaves a trail of people who grew into bigger work.',
      ],
      priority: 8,
    },
    {
      key: 'cross-team-alignment',
      group: 'Influence',
      name: 'Cross-team alignment',
      description: 'Brings teams with different goals to a shared plan and keeps them there.',
      levels: [
        'Knows which other teams the work depends on.',
        'Works directly with neighbouring teams to unblock work.',
        'Runs the conversations that settle a disagreement between two teams.',
        'Aligns several teams on a shared technical plan and keeps it alive.',
        'Creates alignment across the organisation on direction nobody owned before.',
      ],
      priority: 2,
    },
    {
      key: 'influence',
      group: 'Influence',
      name: 'Influence without authority',
      description: 'Changes what others decide through trust, evidence and good timing rather than rank.',
      levels: [
        'Shares opinions when asked.',
        'Persuades teammates with clear reasoning and data.',
        'Changes decisions beyond the team by building allies before the meeting.',
        'Moves leaders and peer teams toward better choices without formal power.',
        'Trusted voice whose view shifts organisation-wide decisions.',
      ],
      priority: 3,
    },
    {
      key: 'communication',
      group: 'Influence',
      name: 'Written and spoken communication',
      description: 'Explains things clearly up, down and sideways: the right depth for each audience.',
      levels: [
        'Describes own work accurately when asked.',
        'Writes clear design docs and updates for the team.',
        'Adapts the message to leaders, peers and newcomers alike.',
        'Writes documents that settle debates and get read across teams.',
        'Sets the tone for how the organisation writes and decides.',
      ],
      priority: 6,
    },
    {
      key: 'strategy',
      group: 'Influence',
      name: 'Strategy & vision',
      description: 'Looks several quarters ahead and connects today’s work to where the business is going.',
      levels: [
        'Understands the goals of the current project.',
        'Connects the team’s work to the product’s goals.',
        'Proposes the team’s technical roadmap for the next few quarters.',
        'Writes a multi-quarter technical strategy for an area and gets it adopted.',
        'Shapes the organisation’s long-term technical bets.',
      ],
      priority: 9,
    },
    {
      key: 'mentorship',
      group: 'People',
      name: 'Mentorship & raising the bar',
      description: 'Makes the engineers around you better through reviews, pairing and example.',
      levels: [
        'Welcomes feedback on own work.',
        'Gives helpful code review and helps newer teammates.',
        'Mentors a few engineers and raises the team’s quality bar.',
        'Grows senior engineers and shapes standards beyond the team.',
        'Known across the organisation for the people you helped grow.',
      ],
      priority: 10,
    },
    {
      key: 'glue-work',
      group: 'People',
      name: 'Glue work & team health',
      description:
        'Does the connective work that keeps teams running: onboarding, notes, unblocking, follow-ups.',
      levels: [
        'Notices when things fall through the cracks.',
        'Picks up some glue work in the team without being asked.',
        'Makes the team’s glue work visible and shares it fairly.',
        'Fixes the gaps between teams that nobody owns.',
        'Turns glue work into lasting systems and gets it recognised.',
      ],
      priority: 11,
    },
    // Version 2 (issue 18): three traits the sources stress that version 1 lacked.
    {
      key: 'craft',
      group: 'Technical',
      name: 'Technical excellence & craft',
      description:
        'Takes on the hardest technical problems of the area and solves them well; keeps quality high through standards and careful reviews.',
      levels: [
        'Writes correct, tested code and learns from the reviews it gets.',
        'Delivers clean, well-tested work and reviews others’ changes with care.',
        'Takes on the team’s hardest technical problems and sets its bar for quality.',
        'Defines standards and review practices that several teams adopt.',
        'The one people seek out for the hardest problems of the area; your work is the reference for quality.',
      ],
      priority: 12,
      since: 2,
    },
    {
      key: 'calculated-risk',
      group: 'Execution',
      name: 'Calculated bets & cutting losses',
      description:
        'Places deliberate bets on new ideas that could change a lot, sets the signal that would show one failing, and stops it when it does.',
      levels: [
        'Sticks to the known way of doing things.',
        'Suggests new ideas and tries some on a small scale.',
        'Runs experiments with a clear hypothesis and a point at which to stop.',
        'Backs bold ideas across teams, and ends failed ones early without drama.',
        'Known for bets that paid off, and for the honest way failed ones were wound down.',
      ],
      priority: 13,
      since: 2,
    },
    {
      key: 'seeking-feedback',
      group: 'People',
      name: 'Seeking feedback & self-improvement',
      description:
        'Asks for feedback often and explicitly, before reviews force it, and turns it into visible change in how you work.',
      levels: [
        'Takes in feedback when it is offered.',
        'Asks the manager for feedback now and then.',
        'Asks for growth feedback in every 1:1 and after each milestone, and acts on it.',
        'Seeks out sharp, uncomfortable feedback from peers across teams, and shows how it changed your work.',
        'Others copy the way you keep learning; you make asking for feedback normal around you.',
      ],
      priority: 14,
      since: 2,
    },
  ],
};

export const ENGINEERING_MANAGER: BuiltInFramework = {
  key: 'engineering-manager',
  version: 1,
  track: 'em',
  name: 'Engineering Manager',
  description:
    'What it takes to deliver through a team: growing people, building the systems they work in and keeping them healthy.',
  competencies: [
    {
      key: 'coaching',
      group: 'People',
      name: 'Coaching & growth plans',
      description: 'Helps each person see where they are, where they could go and what the next step is.',
      levels: [
        'Answers questions when people come with them.',
        'Holds regular 1:1s that go beyond status updates.',
        'Keeps a written growth plan with each report and follows up on it.',
        'Grows people into bigger roles, including future leads.',
        'Builds a team others want to join because people grow fast there.',
      ],
      priority: 0,
    },
    {
      key: 'feedback',
      group: 'People',
      name: 'Feedback & hard conversations',
      description: 'Says the difficult thing early, kindly and specifically, and listens to what comes back.',
      levels: [
        'Avoids difficult conversations or saves them for reviews.',
        'Gives specific positive and corrective feedback soon after events.',
        'Handles underperformance with clear expectations and support.',
        'Handles conflict and sensitive situations calmly, in a way that keeps trust.',
        'Creates a culture where candid feedback flows in every direction.',
      ],
      priority: 1,
    },
    {
      key: 'hiring',
      group: 'Team',
      name: 'Hiring & team design',
      description: 'Builds the team the work needs: who to hire, how to interview, how to shape roles.',
      levels: [
        'Takes part in interviews.',
        'Runs interview loops well and writes fair, useful evaluations.',
        'Owns hiring for the team and designs its roles and structure.',
        'Plans headcount and team shapes across several teams.',
        'Shapes how the organisation hires and organises itself.',
      ],
      priority: 5,
    },
    {
      key: 'culture',
      group: 'Team',
      name: 'Culture, retention & psychological safety',
      description: 'Makes the team a place where people speak up, take risks and choose to stay.',
      levels: [
        'Is friendly and approachable.',
        'Notices when someone is struggling and checks in.',
        'Builds trust so the team raises problems and disagrees openly.',
        'Keeps people through hard times and repairs trust when it breaks.',
        'A team people seek out and rarely leave.',
      ],
      priority: 3,
    },
    {
      key: 'process',
      group: 'Team',
      name: 'Process & team health',
      description: 'Keeps the team’s ways of working light, useful and adjusted as it changes.',
      levels: [
        'Follows the team’s process.',
        'Runs the team’s rituals and keeps them useful.',
        'Changes process when it stops serving the team, based on what the retros show.',
        'Spots burnout, overload and friction early and acts on it.',
        'Team health practices are copied by other teams.',
      ],
      priority: 6,
    },
    {
      key: 'delivery-systems',
      group: 'Delivery',
      name: 'Planning, prioritisation & delivery systems',
      description: 'Turns goals into plans, plans into steady delivery, and says no to the rest.',
      levels: [
        'Tracks the team’s work and its deadlines.',
        'Runs sprint and quarter planning with realistic commitments.',
        'Keeps delivery predictable and cuts scope early when needed.',
        'Builds planning and delivery systems that work across several teams.',
        'Others rely on your plans because they hold.',
      ],
      priority: 2,
    },
    {
      key: 'stakeholders',
      group: 'Delivery',
      name: 'Stakeholder alignment & scope negotiation',
      description: 'Represents the team, sets expectations and negotiates scope without burning goodwill.',
      levels: [
        'Reports status when asked.',
        'Keeps stakeholders informed before they need to ask.',
        'Negotiates scope and dates with product and partner teams.',
        'Aligns senior stakeholders with competing priorities.',
        'Trusted partner whose word on scope and dates is taken at face value.',
      ],
      priority: 4,
    },
    {
      key: 'technical-literacy',
      group: 'Delivery',
      name: 'Technical literacy',
      description: 'Knows enough of the technology to ask sharp questions and spot risky shortcuts.',
      levels: [
        'Relies on the team to explain every technical choice.',
        'Follows design discussions and asks useful questions.',
        'Spots technical risk and weak trade-offs in plans.',
        'Steers technical investment (debt, reliability) with the team’s leads.',
        'Bridges technology and business so well that both sides trust the calls.',
      ],
      priority: 7,
    },
  ],
};

export const BUILT_IN_FRAMEWORKS: readonly BuiltInFramework[] = [SENIOR_TO_STAFF, ENGINEERING_MANAGER];

export function builtInFramework(key: string): BuiltInFramework | undefined {
  return BUILT_IN_FRAMEWORKS.find((f) => f.key === key);
}

/** The competencies a copy made from `fromVersion` of `builtIn` lacks: those added since. */
export function addedSince(builtIn: BuiltInFramework, fromVersion: number): BuiltInCompetency[] {
  return builtIn.competencies.filter((c) => (c.since ?? 1) > fromVersion);
}

export function builtInFrameworkForTrack(track: 'staff' | 'em'): BuiltInFramework {
  return track === 'staff' ? SENIOR_TO_STAFF : ENGINEERING_MANAGER;
}

/** Generic descriptors for a competency the user adds to a framework themselves. */
export const BLANK_LEVELS: readonly [string, string, string, string, string] = [
  'Just starting out.',
  'Does it with help.',
  'Does it reliably on your own.',
  'Does it across teams and helps others do it.',
  'A model for others, known for it.',
];

export const LEVEL_NAMES = ['Starting', 'Developing', 'Solid', 'Strong', 'Role model'] as const;
