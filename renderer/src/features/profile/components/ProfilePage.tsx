import { useCallback } from 'react';
import { format } from 'date-fns';
import { useStore } from '@renderer/store/store';
import { useProfile } from '../hooks/useProfile';
import { saveProfileDraft } from '../model/actions';
import type { ProfileDraft } from '@shared/domain/profile';
import { OneOnOneCard } from '@renderer/features/settings';
import { ManagerLoop } from './ManagerLoop';
import { ProfileView } from './ProfileView';
import { errorMessage } from '@shared/errors';

export function ProfilePage() {
  const profile = useProfile();
  const pushToast = useStore((state) => state.pushToast);
  // Creating the profile is an explicit step with a message; later changes save themselves quietly.
  const onSave = useCallback(
    async (draft: ProfileDraft, creating: boolean) => {
      try {
        await saveProfileDraft(draft);
        if (creating) pushToast('success', 'Profile created.');
        return true;
      } catch (error) {
        pushToast('error', `The profile could not be saved: ${errorMessage(error)}`);
        return false;
      }
    },
    [pushToast],
  );
  if (profile === undefined) return <p className="muted">Loading your profile…</p>;
  const today = format(new Date(), 'yyyy-MM-dd');
  return (
    <div className="stack">
      <ProfileView
        // The form autosaves, so the stored record follows it; only creating the profile starts it afresh (a
        // restore reloads the window).
        key={profile ? 'profile' : 'new'}
        profile={profile}
        onSave={onSave}
      />
      <ManagerLoop today={today} />
      <OneOnOneCard />
    </div>
  );
}
