import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { launchSteady, type Steady } from './support/steady';

let steady: Steady;
beforeAll(async () => {
  steady = await launchSteady();
});
afterAll(async () => {
  expect(steady.foreignRequests()).toEqual([]);
  await steady?.close();
});

describe('the settings page', () => {
  it('says each change was saved, and the popup follows it', async () => {
    const options = await steady.open('options.html');
    await options.getByRole('combobox', { name: 'Default pattern' }).selectOption('resonance');
    const status = options.getByRole('status').filter({ hasText: 'Saved.' });
    await status.waitFor();
    expect(await status.isVisible()).toBe(true);
    const popup = await steady.open('popup.html');
    await expect
      .poll(() => popup.getByRole('combobox', { name: 'Pattern' }).inputValue())
      .toBe('resonance');
    await popup.close();
    await options.close();
  });

  it('asks before saving an empty phrase list or throwing away my own words', async () => {
    const options = await steady.open('options.html');
    const words = options.getByRole('textbox', { name: /Phrases that always make Steady pause/ });
    await words.waitFor();
    const original = await words.inputValue();

    await words.fill('');
    await options.getByRole('button', { name: 'Save the words' }).click();
    await options.getByText('With no phrases in the list').waitFor();
    await options.getByRole('button', { name: 'Keep editing' }).click();
    expect(await options.getByText('With no phrases in the list').count()).toBe(0);

    await words.fill(`${original}\nu up?`);
    await options.getByRole('button', { name: 'Save the words' }).click();
    await expect.poll(() => words.inputValue()).toContain('u up?');
    await options.getByRole('button', { name: 'Restore the original words' }).click();
    await options.getByText("This puts back Steady's original words").waitFor();
    expect(await seriousViolations(options)).toEqual([]);
    await options
      .getByRole('alert')
      .getByRole('button', { name: 'Restore the original words' })
      .click();
    await expect.poll(() => words.inputValue()).toBe(original);
    await options.close();
  });
});
