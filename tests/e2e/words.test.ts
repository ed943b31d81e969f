import { afterAll, describe, expect, it } from 'vitest';
import type { Entry } from '../../lib/journal/entry/types';
import { seedJournal } from './support/seed';
import { launchSteady, type Steady } from './support/steady';

const launched: Steady[] = [];

/** Steady in a browser whose UI speaks `lang` (Chromium on Linux reads LANGUAGE). */
async function steadyIn(lang: 'en' | 'es'): Promise<Steady> {
  const before = process.env.LANGUAGE;
  process.env.LANGUAGE = lang;
  try {
    const steady = await launchSteady({ args: [`--lang=${lang}`] });
    launched.push(steady);
    return steady;
  } finally {
    if (before === undefined) delete process.env.LANGUAGE;
    else process.env.LANGUAGE = before;
  }
}

afterAll(async () => {
  for (const steady of launched) {
    expect(steady.foreignRequests()).toEqual([]);
    await steady.close();
  }
});

function notes(count: number): Entry[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `note-${i}`,
    kind: 'note' as const,
    text: `note ${i}`,
    tags: [],
    createdAt: 1_700_000_000_000 + i,
    updatedAt: 1_700_000_000_000 + i,
  }));
}

/** The delete-everything question once the journal holds `count` entries (it only grows). */
async function deleteQuestion(steady: Steady, count: number, start: string) {
  const page = await steady.open('journal.html?view=data');
  await seedJournal(page, { entries: notes(count), pauses: [] });
  await page.reload();
  await page.getByRole('button', { name: start }).click();
  const question = await page.locator('#delete-all-question').textContent();
  await page.close();
  return question;
}

describe('the words a person sees, in English', () => {
  it('counts 0, 1 and 2 in the right form', async () => {
    const steady = await steadyIn('en');
    expect(await deleteQuestion(steady, 0, 'Delete everything…')).toBe(
      'Delete 0 entries and 0 pause records?',
    );
    expect(await deleteQuestion(steady, 1, 'Delete everything…')).toBe(
      'Delete 1 entry and 0 pause records?',
    );
    expect(await deleteQuestion(steady, 2, 'Delete everything…')).toBe(
      'Delete 2 entries and 0 pause records?',
    );
  });

  it('reads "not sure" as hard to tell yet, asks about fear apart from unease, and is offered in Reframe', async () => {
    const steady = launched[0]!;
    const popup = await steady.open('popup.html');
    await popup.getByRole('tab', { name: 'Reframe' }).click();
    await popup.getByRole('button', { name: /Check the barometer/ }).click();
    const feeling = popup.getByRole('radiogroup', { name: /afraid of this person/ });
    await feeling.getByRole('radio', { name: 'Neither' }).waitFor();
    await popup
      .getByRole('radiogroup', { name: /shifted/ })
      .getByRole('radio', { name: 'Not sure' })
      .check();
    await popup.getByRole('heading', { name: "It's hard to tell yet." }).waitFor();
    await popup.getByText('A therapist can help').waitFor();
    expect(await popup.getByText("Nothing you've said points to a real change").count()).toBe(0);
    await feeling.getByRole('radio', { name: "I'm afraid of them" }).check();
    await popup.getByRole('heading', { name: 'Your safety comes first.' }).waitFor();
    await popup.getByRole('tab', { name: 'Breathe' }).click();
    await popup.getByText('Slow breathing can help your body settle.').waitFor();
    await popup.close();
  });
});

describe('the words a person sees, in Spanish', () => {
  it('says the fixed words, with <html lang="es"> on every page', async () => {
    const steady = await steadyIn('es');
    await expect
      .poll(() => steady.context.pages().some((p) => p.url() === steady.url('welcome.html')))
      .toBe(true);
    const welcome = steady.context.pages().find((p) => p.url() === steady.url('welcome.html'))!;
    await welcome.getByRole('heading', { name: 'Te damos la bienvenida a Steady' }).waitFor();
    await welcome.getByRole('heading', { name: 'Tus palabras se quedan contigo' }).waitFor();
    await welcome.screenshot({ path: '.tmp/welcome-es.png', fullPage: true });
    for (const path of [
      'popup.html',
      'options.html',
      'journal.html',
      'newtab.html',
      'welcome.html',
    ]) {
      const page = await steady.open(path);
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('es');
      await page.close();
    }
    const popup = await steady.open('popup.html');
    await popup.getByText('Respirar despacio puede ayudar a que tu cuerpo se calme.').waitFor();
    await popup.getByRole('tab', { name: 'Escribir' }).click();
    await popup.getByText('¿Cómo podría ofrecérmelo a mí antes de buscarlo fuera?').waitFor();
    await popup.getByText('¿Qué lo desencadenó?', { exact: false }).waitFor();
    await popup.getByText('Tranquilidad', { exact: true }).waitFor();
    await popup.getByRole('tab', { name: 'Anclarte' }).click();
    await popup.getByText('Vuelve al aquí y ahora', { exact: false }).waitFor();
    await popup.getByRole('tab', { name: 'Otra mirada' }).click();
    await popup.getByRole('button', { name: /Mira el barómetro/ }).click();
    await popup
      .getByRole('radiogroup', { name: /Ha cambiado algo/ })
      .getByRole('radio', { name: 'Sí' })
      .check();
    await popup
      .getByText(
        'Últimamente siento algo de inseguridad sobre lo nuestro y me vendría bien que me tranquilizaras un poco. ¿Podemos hablar?',
      )
      .waitFor();
    await popup.getByText('también te atienden en español', { exact: false }).first().waitFor();
    await popup.close();

    const options = await steady.open('options.html');
    await options.getByRole('combobox', { name: 'Patrón predeterminado' }).selectOption('478');
    await options.getByText('Siéntate para hacerla', { exact: false }).waitFor();
    await options.getByText('Recordatorios amables').waitFor();
    await options.setViewportSize({ width: 1000, height: 3400 });
    await options.screenshot({ path: '.tmp/options-es.png', fullPage: true });
    await options.close();
  });

  it('counts 0, 1 and 2 in the right form', async () => {
    const steady = launched[1]!;
    expect(await deleteQuestion(steady, 0, 'Borrar todo…')).toBe(
      '¿Borrar 0 entradas y 0 registros de pausas?',
    );
    expect(await deleteQuestion(steady, 1, 'Borrar todo…')).toBe(
      '¿Borrar 1 entrada y 0 registros de pausas?',
    );
    expect(await deleteQuestion(steady, 2, 'Borrar todo…')).toBe(
      '¿Borrar 2 entradas y 0 registros de pausas?',
    );
  });
});
