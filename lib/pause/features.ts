/**
 * What the small linear model (model.ts) reads in a draft: its words and word pairs, and a few
 * signs of shape — a question, "you" and "me" together, how short it is, a quick run of sends.
 * Features are names; the model gives each a weight. Kept apart so that training
 * (scripts/train-pause-model.ts) and the content script compute exactly the same thing.
 */
const WORD = /[\p{L}\p{N}]+/gu;
const SECOND = new Set(['you', 'your', 'tu', 'te', 'ti', 'vos', 'contigo', 'usted']);
const FIRST = new Set(['me', 'my', 'mi', 'mis', 'conmigo', 'myself', 'us']);

/**
 * Kinds of words, so that what the model learns from one word carries to its neighbours: a
 * worry worded with "blanking" is read like one worded with "ignoring". Stems match the start
 * of a word ("ignor" → ignore, ignoring, ignorando).
 */
const KINDS: Record<string, string[]> = {
  reply: [
    'repl',
    'answer',
    'respond',
    'text',
    'call',
    'messag',
    'write',
    'wrote',
    'contest',
    'respond',
    'escrib',
    'llam',
    'habl',
    'mensaj',
    'audio',
    'read',
    'seen',
    'visto',
    'lei',
    'online',
    'linea',
    'conect',
    'typing',
    'escribiendo',
    'tick',
    'check',
    'palomit',
  ],
  ignore: [
    'freez',
    'frialdad',
    'hielo',
    'silence',
    'silencio',
    'shoulder',
    'shut',
    'indiferen',
    'ignor',
    'ghost',
    'avoid',
    'evit',
    'block',
    'bloque',
    'unfollow',
    'mute',
    'silenc',
    'blank',
    'quiet',
    'silent',
    'callad',
    'distant',
    'cold',
    'frio',
    'fria',
    'seco',
    'seca',
    'cortante',
    'dry',
    'off',
    'raro',
    'rara',
    'weird',
    'distance',
    'lejos',
    'pull',
    'vacio',
    'desapare',
  ],
  anger: [
    'vex',
    'bothered',
    'cabread',
    'pique',
    'short',
    'mad',
    'angry',
    'upset',
    'annoy',
    'pissed',
    'cross',
    'irritat',
    'hurt',
    'enoj',
    'enfad',
    'molest',
    'mosque',
    'rayad',
    'cabre',
    'picad',
    'brav',
    'asad',
    'bronca',
    'rabia',
    'ofend',
    'disappoint',
    'decepcion',
    'fault',
    'culpa',
    'wrong',
    'mal',
  ],
  love: [
    'proud',
    'orgull',
    'feelings',
    'sentimiento',
    'attract',
    'atract',
    'love',
    'like',
    'care',
    'miss',
    'want',
    'need',
    'quier',
    'quere',
    'ama',
    'extran',
    'importo',
    'intereso',
    'gusto',
    'feel',
    'siento',
    'sentir',
    'interest',
  ],
  leave: [
    'drift',
    'alej',
    'space',
    'espacio',
    'regret',
    'arrepient',
    'give',
    'rind',
    'rend',
    'single',
    'solter',
    'leave',
    'left',
    'leaving',
    'dump',
    'break',
    'over',
    'done',
    'replace',
    'bored',
    'tired',
    'sick',
    'dej',
    'termin',
    'cort',
    'cans',
    'aburr',
    'hart',
    'someone',
    'alguien',
    'otra',
    'otro',
    'else',
    'ex',
  ],
  self: [
    'pathetic',
    'patetic',
    'burden',
    'carga',
    'enough',
    'suficient',
    'worth',
    'valgo',
    'important',
    'prioridad',
    'priority',
    'invisible',
    'option',
    'opcion',
    'backup',
    'incompetent',
    'useless',
    'inutil',
    'sorry',
    'perdon',
    'perdona',
    'disculp',
    'siento',
    'annoying',
    'clingy',
    'needy',
    'burden',
    'much',
    'pesad',
    'intens',
    'stupid',
    'idiot',
    'tont',
    'estupid',
    'ridicul',
    'worst',
    'peor',
    'ruin',
    'arruin',
    'cag',
  ],
  worry: [
    'spiral',
    'insegur',
    'paranoi',
    'overthink',
    'sobrepiens',
    'worr',
    'scared',
    'afraid',
    'anxious',
    'panic',
    'freak',
    'overthink',
    'sleep',
    'miedo',
    'preocup',
    'ansie',
    'nervio',
    'dormir',
    'loca',
    'loco',
    'rayando',
    'spiral',
  ],
  time: [
    'hour',
    'hrs',
    'day',
    'week',
    'since',
    'still',
    'yet',
    'again',
    'always',
    'never',
    'anymore',
    'hora',
    'dias',
    'semana',
    'desde',
    'todavia',
    'aun',
    'siempre',
    'nunca',
    'otra vez',
    'mas',
  ],
  task: [
    'meeting',
    'file',
    'doc',
    'report',
    'invoice',
    'deadline',
    'client',
    'project',
    'review',
    'ticket',
    'deploy',
    'build',
    'email',
    'dinner',
    'lunch',
    'tonight',
    'tomorrow',
    'keys',
    'charger',
    'reunion',
    'archivo',
    'informe',
    'factura',
    'cliente',
    'proyecto',
    'correo',
    'cena',
    'manana',
    'llaves',
    'pedido',
    'link',
    'enlace',
    'slides',
    'deck',
    'budget',
    'presupuesto',
  ],
};
const KIND_OF = new Map<string, string[]>();
function kindsOf(word: string): string[] {
  let kinds = KIND_OF.get(word);
  if (!kinds) {
    kinds = Object.keys(KINDS).filter((kind) =>
      KINDS[kind]!.some((stem) => word.startsWith(stem) && word.length - stem.length <= 5),
    );
    if (KIND_OF.size < 5000) KIND_OF.set(word, kinds);
  }
  return kinds;
}

/**
 * Words and shape of one draft (`text` in readText's form), and the quick sends before it.
 * `patterns` are the model's signs found by pattern (patterns.ts): they travel with the model
 * (modelTypes.ts), so a page has them only once the model has arrived, when they count.
 */
export function featuresOf(
  text: string,
  quickSends: number,
  patterns: readonly (readonly [string, RegExp])[] = [],
): Set<string> {
  const words = text.match(WORD) ?? [];
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    out.add(`w:${words[i]}`);
    // The start of a longer word stands for its forms: "ignor" for ignore, ignoring, ignorando.
    if (words[i]!.length > 5) out.add(`p:${words[i]!.slice(0, 5)}`);
    if (i > 0) out.add(`b:${words[i - 1]} ${words[i]}`);
  }
  const you = words.some((w) => SECOND.has(w));
  const me = words.some((w) => FIRST.has(w));
  for (const word of words) {
    for (const kind of kindsOf(word)) {
      out.add(`k:${kind}`);
      if (you) out.add(`k:you+${kind}`);
      if (me) out.add(`k:me+${kind}`);
    }
  }
  if (text.includes('?')) out.add('s:question');
  if (/\?{2,}/.test(text)) out.add('s:questions');
  if (you && me) out.add('s:you-me');
  if (words.length <= 3) out.add('s:short');
  if (words.length > 30) out.add('s:long');
  if (/[.…]$/.test(text) && words.length <= 6) out.add('s:curt');
  for (const [name, pattern] of patterns) {
    if (!pattern.test(text)) continue;
    // Giving up in a few words ("forget it.") is another sign than inside a long message.
    out.add(name === 's:give-up' && words.length <= 8 ? 's:give-up-short' : name);
  }
  if (quickSends > 0) out.add('s:quick');
  if (quickSends > 1) out.add('s:quick2');
  return out;
}
