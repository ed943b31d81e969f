import { sendMessage } from '@/lib/messaging/client';
import type { PauseErrorKind } from '@/lib/pause/messages';
import { unpackModel, type PauseModel } from '@/lib/pause/modelTypes';

/**
 * The pause's model reaches the content script as data, by one message to the background at
 * start-up ('pause.model'), not in the content script's bundle: with every weight it learned it
 * is ~173 kB gzipped, more than ten times the content script's whole budget. It is decoded once,
 * here, into two typed arrays (about 170 kB, a millisecond or two), so Enter still decides
 * synchronously. Until it arrives (or if it never does) Steady fails open: detect() without a
 * model pauses only on the phrase list, nudges, and (at watchful) quick sends.
 */
export function askForModel(
  use: (model: PauseModel) => void,
  report: (kind: PauseErrorKind) => void,
): void {
  sendMessage('pause.model', {})
    .then((shipped) => use(unpackModel(shipped)))
    .catch(() => report('message'));
}
