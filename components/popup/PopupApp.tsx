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
import { useLazyComponent } from '@/components/hooks/useLazyComponent';
import { useReadyMark } from '@/components/hooks/useReadyMark';
import { useSettings } from '@/components/hooks/useSettings';
import { useTheme } from '@/components/hooks/useTheme';
import { setDraftHint } from '@/lib/drafts/hint';
import { t } from '@/lib/i18n';
import { firstTab, fromCheckin as checkinPage, type PopupTab } from '@/lib/popup/firstView';
import { openRideId } from '@/lib/urges/openRide';
import type { Ride } from '@/lib/urges/ride';

/** "Ride it out", loaded only when asked for (or when a ride is under way). */
const ridePart = () => import('./RidePanel');

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
  const [riding, setRiding] = useState<{ resume?: Ride }>();
  const RidePanel = useLazyComponent(() => ridePart().then((m) => m.RidePanel), !!riding);
  const offer = useRef<HTMLButtonElement>(null);

  // A ride under way when the popup last closed goes on where it was.
  useEffect(() => {
    void openRideId()
      .then((id) => (id ? ridePart().then((m) => m.openRideToResume(id)) : undefined))
      .then((resume) => resume && setRiding({ resume }))
      .catch(() => undefined);
  }, []);

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
        {riding ? (
          RidePanel ? (
            <RidePanel
              resume={riding.resume}
              onDone={() => {
                setRiding(undefined);
                // Back where the person asked for it, after the ride's view has gone.
                setTimeout(() => offer.current?.focus());
              }}
            />
          ) : (
            <p class="hint">{t('loading')}</p>
          )
        ) : (
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
        )}
        {!riding && (
          <p class="ride-offer">
            <button type="button" class="link-button" ref={offer} onClick={() => setRiding({})}>
              {t('popupRideOffer')}
            </button>
          </p>
        )}
      </main>
      <PauseSiteOffer />
      <PopupFooter />
    </>
  );
}
