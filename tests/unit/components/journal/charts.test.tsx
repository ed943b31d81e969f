// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HoursChart } from '@/components/journal/HoursChart';
import { IntensityChart } from '@/components/journal/IntensityChart';
import { PausesChart } from '@/components/journal/PausesChart';

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(async () => {
  await act(() => render(null, container));
  container.remove();
});

/** The name and description a screen reader gets for the chart's picture. */
function spoken(): { name: string; description: string } {
  const svg = container.querySelector('svg')!;
  const text = (ids: string | null) =>
    (ids ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
  expect(svg.getAttribute('role')).toBe('img');
  return {
    name: text(svg.getAttribute('aria-labelledby')),
    description: text(svg.getAttribute('aria-describedby')),
  };
}

describe('the insight charts', () => {
  it('draw intensity as a picture named by its title and described in words', async () => {
    const points = [
      { day: '2026-03-01', average: 7, count: 2 },
      { day: '2026-03-02', average: 4, count: 1 },
      { day: '2026-03-04', average: 2.5, count: 2 },
    ];
    await act(() => render(<IntensityChart points={points} />, container));
    expect(container.querySelectorAll('circle')).toHaveLength(3);
    const { name, description } = spoken();
    expect(name).toBe('How strong feelings were, day by day');
    expect(description).toMatch(
      /Across 3 days with a rating, intensity averaged 4.5 out of 10, ranging from 2.5 to 7/,
    );
  });

  it('say in words when urges come most', async () => {
    const hours = Array.from({ length: 24 }, (_, h) => (h === 22 ? 5 : h === 23 ? 3 : 0));
    await act(() => render(<HoursChart hours={hours} />, container));
    expect(container.querySelectorAll('rect')).toHaveLength(24);
    expect(spoken().description).toMatch(
      /most often in the hour from .*10.* \(5 times\), then from .*11.* \(3 times\)/,
    );
  });

  it('say how pauses ended and how often the urge passed, without a score', async () => {
    await act(() =>
      render(
        <PausesChart
          outcomes={{ saved: 4, waited: 3, sent: 2 }}
          revisits={{ passed: 2, send: 1, unsure: 0 }}
        />,
        container,
      ),
    );
    expect(spoken().description).toBe(
      'Of 9 pauses: saved to your journal instead, 4; waited, 3; sent, 2. Of 3 unsent messages you looked back on, the urge had passed for 2.',
    );
    expect(container.textContent).not.toMatch(/streak|score|fail/i);
  });
});
