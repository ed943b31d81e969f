import type { Settings } from '@/lib/settings/schema';

/** What every settings section receives: the current settings and a way to change some of them. */
export interface SectionProps {
  settings: Settings;
  change(next: Partial<Settings>): Promise<void>;
}
