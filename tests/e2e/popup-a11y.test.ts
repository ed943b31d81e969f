import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PopupPage } from './pages/popup';
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

describe.each(['light', 'dark'] as const)('the popup in %s', (colorScheme) => {
  it('has no serious or critical accessibility violations on any tab', async () => {
    const popup = await PopupPage.open(steady);
    await popup.page.emulateMedia({ colorScheme });
    for (const tab of ['Breathe', 'Ground', 'Reframe', 'Write'] as const) {
      await popup.tab(tab).click();
      expect({ tab, violations: await seriousViolations(popup.page) }).toEqual({
        tab,
        violations: [],
      });
    }
    await popup.page.setViewportSize({ width: 380, height: 900 });
    await popup.page.screenshot({ path: `.tmp/popup-write-${colorScheme}.png` });
    await popup.close();
  });

  it('has none while breathing, and none after', async () => {
    const popup = await PopupPage.open(steady, { fakeClock: true });
    await popup.page.emulateMedia({ colorScheme });
    await popup.page.getByRole('button', { name: 'Start breathing' }).click();
    await popup.page.clock.runFor(2_000);
    expect(await seriousViolations(popup.page)).toEqual([]);
    await popup.page.setViewportSize({ width: 380, height: 600 });
    await popup.page.screenshot({ path: `.tmp/popup-breathe-${colorScheme}.png` });
    await popup.page.clock.runFor(70_000);
    await popup.page.getByText('How do you feel now?').waitFor();
    expect(await seriousViolations(popup.page)).toEqual([]);
    await popup.close();
  });
});

describe('the pacer under reduced motion', () => {
  it('keeps the circle still while the cue and count still change', async () => {
    const popup = await PopupPage.open(steady, { fakeClock: true });
    await popup.page.emulateMedia({ reducedMotion: 'reduce' });
    await popup.page.getByRole('button', { name: 'Start breathing' }).click();
    const pacer = popup.page.locator('.pacer');
    const still = () => pacer.evaluate((el) => getComputedStyle(el).transform);
    expect(await still()).toBe('none');
    await popup.page.clock.runFor(4_500);
    await expect.poll(() => popup.page.getByTestId('pacer-cue').textContent()).toBe('Hold');
    expect(await still()).toBe('none');
    await popup.page.emulateMedia({ reducedMotion: 'no-preference' });
    await expect.poll(still).not.toBe('none');
    await popup.close();
  });
});
