/**
 * The app's sections, in sidebar order. A feature joins the app with one entry here: its route (the
 * first path segment), its sidebar label, its page title and one line saying what it is for.
 */
import type { ReactNode } from 'react';
import { DataPage } from '../features/backup';
import { ProfilePage } from '../features/profile';

export interface Section {
  route: string;
  label: string;
  title: string;
  description: string;
  render: () => ReactNode;
}

export const PROFILE_SECTION: Section = {
  route: '/profile',
  label: 'Profile',
  title: 'Your profile',
  description: 'Where you are, where you are heading, and what your manager expects.',
  render: () => <ProfilePage />,
};

export const SECTIONS: Section[] = [
  PROFILE_SECTION,
  // New feature sections go above this line, in sidebar order.
  {
    route: '/data',
    label: 'Backup & restore',
    title: 'Backup & restore',
    description: 'Keep your data safe and move it between computers.',
    render: () => <DataPage />,
  },
];
