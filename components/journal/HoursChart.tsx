import { t } from '@/lib/i18n';
import { plural, pluralKey, uiLanguage } from '@/lib/locale';
import { ChartFigure } from './ChartFigure';

const W = 640;
const H = 200;
const PAD = { left: 12, right: 12, top: 12, bottom: 32 };
let hourFormat: Intl.DateTimeFormat | undefined;

/** The hour as the UI's language says it ("1 AM", "13"). */
export function hourLabel(hour: number): string {
  hourFormat ??= new Intl.DateTimeFormat(uiLanguage(), { hour: 'numeric' });
  return hourFormat.format(new Date(2000, 0, 1, hour));
}

function summary(hours: number[]): string {
  const ranked = hours.map((count, hour) => ({ hour, count })).sort((a, b) => b.count - a.count);
  const top = ranked[0]!;
  const next = ranked[1]!;
  return t('chartHoursSummary', [
    hourFrom(top.hour),
    plural('timesCount', top.count),
    hourFrom(next.hour),
    plural('timesCount', next.count),
  ]);
}

/** "1 AM"; in Spanish "a la 1", "a las 13": the article follows the hour's number. */
function hourFrom(hour: number): string {
  return t(pluralKey('hourFrom', hour), hourLabel(hour));
}

/** When urges come: how many notes, unsent messages and pauses fell in each hour of the day. */
export function HoursChart({ hours }: { hours: number[] }) {
  const max = Math.max(1, ...hours);
  const slot = (W - PAD.left - PAD.right) / 24;
  const innerH = H - PAD.top - PAD.bottom;
  return (
    <ChartFigure
      id="chart-hours"
      title={t('chartHoursTitle')}
      summary={summary(hours)}
      width={W}
      height={H}
    >
      <line
        x1={PAD.left}
        x2={W - PAD.right}
        y1={PAD.top + innerH}
        y2={PAD.top + innerH}
        class="chart-grid"
      />
      {hours.map((count, hour) => {
        const h = (count / max) * innerH;
        return (
          <rect
            key={hour}
            x={PAD.left + hour * slot + 2}
            y={PAD.top + innerH - h}
            width={slot - 4}
            height={h}
            rx={3}
            class="chart-bar"
          />
        );
      })}
      {[0, 6, 12, 18].map((hour) => (
        <text
          key={hour}
          x={PAD.left + hour * slot + slot / 2}
          y={H - 10}
          class="chart-label"
          text-anchor="middle"
        >
          {hourLabel(hour)}
        </text>
      ))}
    </ChartFigure>
  );
}
