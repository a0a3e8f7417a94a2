import { useCallback } from 'react';
import { format } from 'date-fns';
import { useStore } from '@renderer/store/store';
import { useProfile } from '../hooks/useProfile';
import { saveProfileDraft } from '../model/actions';
import type { ProfileDraft } from '@shared/domain/profile';
import { ProfileView } from './ProfileView';
import { errorMessage } from '@shared/errors';

export function ProfilePage() {
  const profile = useProfile();
  const pushToast = useStore((state) => state.pushToast);
  const onSave = useCallback(
    async (draft: ProfileDraft) => {
      try {
        await saveProfileDraft(draft);
        pushToast('success', 'Profile saved.');
      } catch (error) {
        pushToast('error', `The profile could not be saved: ${errorMessage(error)}`);
      }
    },
    [pushToast],
  );
  if (profile === undefined) return <p className="muted">Loading your profile…</p>;
  return (
    <ProfileView
      // A restore or another window may replace the profile: start the form afresh from the stored record.
      key={profile?.updatedAt ?? 'new'}
      profile={profile}
      today={format(new Date(), 'yyyy-MM-dd')}
      onSave={onSave}
    />
  );
}
