import { useEffect, useRef, useState } from 'preact/hooks';
import { BreathePanel } from '@/components/BreathePanel';
import { BreathingSetup } from './BreathingSetup';
import { PauseSiteOffer } from './PauseSiteOffer';
import { PopupFooter } from './PopupFooter';
import { GroundPanel } from './GroundPanel';
import { QuickJournal } from './QuickJournal';
import { EMPTY_DRAFT, QUICK_DRAFT_OPTIONS, type QuickDraft } from './quickDraft';
import { ReframePanel } from './ReframePanel';
import { Reminder } from '@/components/Reminder';
import { Tabs } from '@/components/Tabs';
import { CheckinNote } from '@/components/popup/CheckinNote';
import { useDraft } from '@/components/hooks/useDraft';
import { useReadyMark } from '@/components/hooks/useReadyMark';
import { useSettings } from '@/components/hooks/useSettings';
import { useTheme } from '@/components/hooks/useTheme';
import { setDraftHint } from '@/lib/drafts/hint';
import { t } from '@/lib/i18n';
import { firstTab, fromCheckin as checkinPage, type PopupTab } from '@/lib/popup/firstView';

type TabId = PopupTab;

/** The page the daily check-in opens: popup.html?tab=write&from=checkin. */
const fromCheckin = checkinPage(location.search);

const TABS = [
  { id: 'breathe', label: t('tabBreathe') },
  { id: 'ground', label: t('tabGround') },
  { id: 'reframe', label: t('tabReframe') },
  { id: 'write', label: t('tabWrite') },
] as const;

export function PopupApp() {
  const [settings, saveSettings, loaded] = useSettings();
  useReadyMark();
  useTheme(loaded ? settings.theme : undefined);
  // The draft lives here, not in the Write tab, so switching tabs never unmounts unsaved words.
  const draft = useDraft<QuickDraft>('quick-journal', EMPTY_DRAFT, QUICK_DRAFT_OPTIONS);
  const [tab, setTab] = useState<TabId>(() => firstTab(location.search));
  const chose = useRef(false);

  // Someone who closed the popup mid-sentence comes back to their words, not to a new screen.
  useEffect(() => {
    if (draft.restored && !chose.current && draft.value.text) setTab('write');
  }, [draft.restored]);
  useEffect(() => {
    if (draft.restored) setDraftHint(Boolean(draft.value.text));
  }, [draft.restored, Boolean(draft.value.text)]);

  return (
    <>
      <header class="top">
        <h1 class="brand">{t('extName')}</h1>
        <Reminder />
      </header>
      <main>
        {fromCheckin && <CheckinNote checkin={settings.checkin} save={saveSettings} />}
        <Tabs
          label={t('tabsLabel')}
          tabs={TABS}
          selected={tab}
          onSelect={(id) => {
            chose.current = true;
            setTab(id);
          }}
          panels={{
            breathe: (
              <BreathePanel
                breathing={settings.breathing}
                setup={(start, back) => (
                  <BreathingSetup
                    pattern={settings.breathing.pattern}
                    seconds={settings.breathing.seconds}
                    onPattern={(pattern) =>
                      void saveSettings({ breathing: { ...settings.breathing, pattern } })
                    }
                    onSeconds={(seconds) =>
                      void saveSettings({ breathing: { ...settings.breathing, seconds } })
                    }
                    onStart={() => start(settings.breathing.seconds)}
                    back={back}
                  />
                )}
              />
            ),
            ground: <GroundPanel />,
            reframe: <ReframePanel />,
            write: <QuickJournal draft={draft} />,
          }}
        />
      </main>
      <PauseSiteOffer />
      <PopupFooter />
    </>
  );
}
