import { normalise } from './normalise';

/**
 * A draft in the one form the rules read, with a way back to the person's own words.
 *
 * The rules are written once, against plain spelling ("are you mad at me", "por que no me
 * contestas"), and people text in many spellings ("r u mad at me", "xq no me contestas",
 * "heyyy??"). So each word is normalised (case, accents, apostrophes), stretched letters are
 * squeezed, and common texting short forms are spelled out. Every character of the result
 * remembers which word of the draft it came from, so what the pause shows is what the person
 * typed, not Steady's rewriting of it. Hand-written because it is small and must stay small in
 * the content script; a tokenising library would cost more than the whole detector.
 */
export interface ReadText {
  /** Words joined by single spaces, punctuation kept where it was (see `tokens`). */
  text: string;
  /** The draft as typed. */
  original: string;
  /** For each character of `text`, the index of its token in `spans`. */
  owner: number[];
  /** Where each token is in `original`. */
  spans: [number, number][];
}

/** Short forms spelled out, English and Spanish. Only forms that cannot mean something else. */
const SHORT_FORMS: Record<string, string> = {
  u: 'you',
  r: 'are',
  ur: 'your',
  ru: 'are you',
  yu: 'you',
  youre: 'you are',
  youve: 'you have',
  youd: 'you would',
  whats: 'what is',
  thats: 'that is',
  its: 'it is',
  theres: 'there is',
  shes: 'she is',
  hes: 'he is',
  theyre: 'they are',
  ik: 'i know',
  wat: 'what',
  wut: 'what',
  pls: 'please',
  plz: 'please',
  nvm: 'never mind',
  nevermind: 'never mind',
  nm: 'never mind',
  im: 'i am',
  ive: 'i have',
  idk: 'i do not know',
  dont: 'do not',
  didnt: 'did not',
  doesnt: 'does not',
  havent: 'have not',
  hasnt: 'has not',
  arent: 'are not',
  isnt: 'is not',
  wont: 'will not',
  cant: 'can not',
  cannot: 'can not',
  wasnt: 'was not',
  werent: 'were not',
  shouldnt: 'should not',
  wouldnt: 'would not',
  gonna: 'going to',
  wanna: 'want to',
  msg: 'message',
  msgs: 'messages',
  txt: 'text',
  txts: 'texts',
  smth: 'something',
  sth: 'something',
  luv: 'love',
  sry: 'sorry',
  soz: 'sorry',
  srry: 'sorry',
  cuz: 'because',
  coz: 'because',
  bc: 'because',
  rn: 'right now',
  lmk: 'let me know',
  ily: 'i love you',
  wyd: 'what are you doing',
  hbu: 'how about you',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  abt: 'about',
  ppl: 'people',
  ofc: 'of course',
  okay: 'ok',
  okey: 'ok',
  kk: 'ok',
  okk: 'ok',
  bf: 'boyfriend',
  gf: 'girlfriend',
  bday: 'birthday',
  // Spanish
  q: 'que',
  xq: 'por que',
  pq: 'por que',
  porq: 'por que',
  xk: 'por que',
  pk: 'por que',
  porque: 'por que',
  tmb: 'tambien',
  tb: 'tambien',
  bn: 'bien',
  msj: 'mensaje',
  msjs: 'mensajes',
  toy: 'estoy',
  tas: 'estas',
  stas: 'estas',
  xfa: 'por favor',
  porfa: 'por favor',
  tqm: 'te quiero mucho',
  nose: 'no se',
  ntp: 'no te preocupes',
  ke: 'que',
  xke: 'por que',
  porke: 'por que',
  kieres: 'quieres',
  tkm: 'te quiero mucho',
  tmbn: 'tambien',
  bno: 'bueno',
  nd: 'nada',
  dnd: 'donde',
  cdo: 'cuando',
  xa: 'para',
  dsp: 'despues',
  aki: 'aqui',
  grax: 'gracias',
};

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*|[^\p{L}\p{N}\s]/gu;

/** "heyyy" → "hey", "pleaseeee" → "please": three or more of one letter become one. */
function squeeze(word: string): string {
  return word.replace(/(\p{L})\1{2,}/gu, '$1');
}

function spell(word: string): string {
  const plain = squeeze(normalise(word));
  return Object.hasOwn(SHORT_FORMS, plain) ? SHORT_FORMS[plain]! : plain;
}

/** Reads a draft into the form the rules match against. */
export function readText(original: string): ReadText {
  let text = '';
  const owner: number[] = [];
  const spans: [number, number][] = [];
  let spaced = true;
  for (const match of original.matchAll(TOKEN)) {
    const raw = match[0];
    const start = match.index;
    const isWord = /[\p{L}\p{N}]/u.test(raw);
    const piece = isWord ? spell(raw) : raw === '¿' || raw === '¡' ? '' : raw.replace('？', '?');
    if (!piece) continue;
    // Words are separated by one space; punctuation sits against what precedes it in the draft.
    const gap = start > 0 && /\s/.test(original[start - 1]!);
    if (text && (isWord || gap) && !spaced) {
      text += ' ';
      owner.push(spans.length);
    }
    spans.push([start, start + raw.length]);
    for (let i = 0; i < piece.length; i++) owner.push(spans.length - 1);
    text += piece;
    spaced = false;
  }
  return { text, original, owner, spans };
}

/** The person's own words behind characters [from, to) of `read.text`. */
export function wordsAt(read: ReadText, from: number, to: number): string {
  const first = read.spans[read.owner[from]!];
  const last = read.spans[read.owner[Math.max(from, to - 1)]!];
  if (!first || !last) return '';
  return read.original.slice(first[0], last[1]).replace(/\s+/g, ' ').trim();
}
