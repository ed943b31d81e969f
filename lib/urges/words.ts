import { t } from '../i18n';
import { plural } from '../locale';
import type { EaseSummary } from './ease';

/**
 * What a person's rides say, in words: Patterns' "urges over time" (its description for
 * screen readers) and the summary for a session both say it this way. Facts, never a score:
 * a ride stopped early is "fine too", one that stayed strong "stayed strong".
 */
export function easeWords(summary: EaseSummary): string {
  const rides = plural('urgeRides', summary.rides);
  const parts = [
    summary.typicalMinutes === undefined
      ? t('chartUrgesNoneEased', rides)
      : t('chartUrgesSummary', [
          rides,
          String(summary.eased),
          plural('optionsMinutes', summary.typicalMinutes),
          plural('optionsMinutes', summary.withinMinutes!),
        ]),
  ];
  if (summary.stayed) parts.push(plural('chartUrgesStayed', summary.stayed));
  if (summary.unknown) parts.push(plural('chartUrgesStopped', summary.unknown));
  return parts.join(' ');
}
