import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

export interface ProfileInput {
  name: string;
  role: string;
  level: string;
  targetDate: string;
  track: 'Staff engineer' | 'Engineering manager' | 'Not decided yet';
}

/** A whole profile, for tests that need one and do not care what it says. */
export const SAMPLE_PROFILE: ProfileInput = {
  name: 'Ada Example',
  role: 'Senior backend engineer',
  level: 'E5 · Senior engineer',
  targetDate: '2027-09-30',
  track: 'Staff engineer',
};

export class ProfileScreen {
  constructor(readonly page: Page) {}

  get name() {
    return this.page.getByLabel('Your name');
  }

  async fill(input: ProfileInput) {
    await this.name.fill(input.name);
    await this.page.getByLabel('Role or title').fill(input.role);
    await this.page.getByLabel('Current level').fill(input.level);
    await this.page.getByLabel('Target date').fill(input.targetDate);
    await this.page.getByRole('radio', { name: input.track }).check();
  }

  /** The form that adds the manager's latest answer to "what does excellent look like?". */
  get newAnswer() {
    return this.page.getByRole('form', { name: 'New answer from your manager' });
  }

  /** Adds an answer of the manager, asked on `askedOn` (yyyy-MM-dd). */
  async addAnswer(answer: string, askedOn: string) {
    await this.newAnswer.getByLabel("Your manager's answer").fill(answer);
    await this.newAnswer.getByLabel('Asked on').fill(askedOn);
    await this.newAnswer.getByRole('button', { name: 'Add the answer' }).click();
    await expect(this.page.getByRole('heading', { name: 'The latest answer' })).toBeVisible();
    await expect(this.newAnswer.getByLabel("Your manager's answer")).toHaveValue('');
  }

  /** The profile's save state (it autosaves once created). */
  get saveState() {
    return this.page
      .getByRole('status')
      .filter({ hasText: /^(All changes saved|Saving shortly…|Saving…|Not saved yet)/ });
  }

  /** Creates the profile (a new one), or waits for the autosave (an existing one). */
  async save() {
    const create = this.page.getByRole('button', { name: 'Create profile' });
    if (await create.isVisible()) await create.click();
    await expect(this.saveState).toHaveText('All changes saved');
  }

  /** Fills the form (on the profile screen) and saves it. */
  async create(input: ProfileInput = SAMPLE_PROFILE) {
    await this.fill(input);
    await this.save();
  }
}
