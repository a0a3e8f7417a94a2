import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

export interface ProfileInput {
  name: string;
  role: string;
  level: string;
  targetDate: string;
  track: 'Staff engineer' | 'Engineering manager' | 'Not decided yet';
  excellentAnswer: string;
  answeredOn: string;
}

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
    await this.page.getByLabel("Your manager's answer").fill(input.excellentAnswer);
    await this.page.getByLabel('Answered on').fill(input.answeredOn);
  }

  async save() {
    await this.page.getByRole('button', { name: /Create profile|Save changes/ }).click();
    await expect(this.page.getByText('You have unsaved changes.')).toBeHidden();
  }
}
