/** Small record factories for the tests: the profile, journal records, plan tables and logged audit activities. */
import type {
  AuditEntry,
  BragEntry,
  Competency,
  Feedback,
  Framework,
  Profile,
  Retro,
} from '@shared/types/entities';
import { PROFILE_ID } from '@shared/types/tables';

const STAMP = '2026-01-01T09:00:00.000Z';

export function profile(over: Partial<Profile> = {}): Profile {
  return {
    id: PROFILE_ID,
    name: 'Ada',
    currentLevel: 'E5',
    role: 'Senior engineer',
    targetTrack: 'staff',
    targetDate: null,
    excellentAnswer: '',
    excellentAnsweredOn: null,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...over,
  };
}

export function retro(over: Partial<Retro> = {}): Retro {
  return {
    id: 'r1',
    project: 'Checkout rewrite',
    startDate: '2026-01-05',
    endDate: '2026-03-20',
    role: 'Tech lead',
    wentWell: '',
    didNotGoWell: '',
    prevention: '',
    change: '',
    overEngineered: null,
    overEngineeredNote: '',
    competencyIds: [],
    status: 'done',
    createdAt: STAMP,
    updatedAt: STAMP,
    ...over,
  };
}

export function brag(over: Partial<BragEntry> = {}): BragEntry {
  return {
    id: 'b1',
    date: '2026-02-10',
    title: 'Shipped the migration',
    impact: '',
    numbers: '',
    link: '',
    kind: 'delivery',
    competencyIds: [],
    createdAt: STAMP,
    updatedAt: STAMP,
    ...over,
  };
}

export function feedback(over: Partial<Feedback> = {}): Feedback {
  return {
    id: 'f1',
    from: 'Sam',
    askedOn: null,
    question: '',
    receivedOn: null,
    content: '',
    sentiment: null,
    followUp: '',
    competencyIds: [],
    createdAt: STAMP,
    updatedAt: STAMP,
    ...over,
  };
}

export function framework(over: Partial<Framework> = {}): Framework {
  return {
    id: 'fw1',
    name: 'Senior to Staff',
    description: '',
    track: 'staff',
    builtInKey: null,
    archived: false,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...over,
  };
}

export function competency(over: Partial<Competency> = {}): Competency {
  return {
    id: 'c1',
    frameworkId: 'fw1',
    group: 'Technical',
    name: 'Technical direction',
    description: '',
    levels: ['1', '2', '3', '4', '5'],
    order: 0,
    priority: 0,
    archived: false,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...over,
  };
}

/** A logged activity: 30 minutes, no start time, category or energy yet. */
export function auditEntry(over: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id: 'e1',
    auditId: 'a',
    date: '2026-01-05',
    startTime: null,
    minutes: 30,
    title: 'Design review',
    categoryId: null,
    energy: null,
    note: '',
    mostImportant: null,
    delegable: null,
    importKey: null,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...over,
  };
}
