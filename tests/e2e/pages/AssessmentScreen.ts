import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

export class AssessmentScreen {
  constructor(readonly page: Page) {}

  subNav(name: 'Assessment' | 'History' | 'Decision' | 'Trials') {
    return this.page.getByRole('navigation', { name: 'Staff or EM pages' }).getByRole('link', { name });
  }

  async goTo(name: 'Assessment' | 'History' | 'Decision' | 'Trials') {
    await this.subNav(name).click();
    await expect(this.subNav(name)).toHaveAttribute('aria-current', 'page');
  }

  /** The group of answers of the statement on screen (one-at-a-time mode). */
  statement() {
    return this.page.getByRole('region', { name: 'Statement' }).getByRole('group');
  }

  statementCounter() {
    return this.page.locator('.assessment-statement__count');
  }

  progressText() {
    return this.page.getByText(/of 12 answered/);
  }

  /** Answers all twelve statements with the keyboard only: a digit, then Enter; Enter on the last finishes. */
  async answerByKeyboard(answers: number[]) {
    for (const [i, answer] of answers.entries()) {
      await expect(this.statementCounter()).toHaveText(`Statement ${i + 1} of 12`);
      await this.page.keyboard.press(String(answer));
      await expect(
        this.statement()
          .getByRole('radio')
          .nth(answer - 1),
      ).toBeChecked();
      await this.page.keyboard.press('Enter');
    }
  }

  /** The message "See my result" shows while statements are still unanswered. */
  missingAnswersMessage() {
    return this.page.getByRole('alert').filter({ hasText: 'To see your result' });
  }

  result() {
    return this.page.locator('.assessment-result');
  }

  historyRows() {
    return this.page.getByRole('table', { name: /Every finished take/ }).locator('tbody tr');
  }

  chartDots(line: 'staff' | 'em') {
    return this.page.locator(`.assessment-chart .assessment-chart__dot--${line}`);
  }

  planDialog() {
    return this.page.getByRole('dialog', { name: 'Use this result for your plan?' });
  }
}
