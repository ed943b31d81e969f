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
/**
 * How a clause opens: a question put to the other person ("are you…", "do you…", "¿estás…"),
 * a question about oneself ("did i…", "am i…", "¿hice…"), or a one-word reply closed with a full
 * stop ("fine.", "whatever.", "vale.") — the curt protest that asks to be coaxed.
 */
const ASK_YOU =
  /(?:^|[.?!,;…] ?)(?:are|do|did|have|will|would|can|could|is|was|were|why|estas|estan|te|tienes|vas|sigues|quieres|queres|por que|me) (?:\w+ )?(?:you|tu|vos|conmigo|me)\b/u;
const ASK_ME =
  /(?:^|[.?!,;…] ?)(?:did|am|have|was|should|do|is it|was it) i\b|\b(?:hice|dije|soy|fue|estoy) (?:algo|yo|mucho|demasiado|muy)\b/u;
const CURT =
  /^(?:fine|whatever|ok|sure|cool|wow|great|right|noted|vale|bueno|ya|listo|genial|perfecto|dale|claro|ok bye|bye|chao)[.!…]/u;
const PROTEST_WORDS =
  /\b(?:whatever|forget it|forget me|never mind|doesnt matter|does not matter|da igual|olvidalo|olvidate|como quieras|lo que quieras|ya fue|no importa|dont bother|do not bother)\b/u;

/**
 * Situations that say a worry without a word the kinds know, each as a sign the model weighs
 * (and that detect.ts can name by the words it matched). Found on the training parts by
 * cross-validation, never on a held-out part.
 * - A comparison of the other person's time for others with their time for me: "free for
 *   everyone but me", "a tus amigos sí les contestas", "con tu ex sí hablas".
 */
const COMPARE =
  /\b(?:but|except|not|apart from|besides|menos|excepto|salvo)(?: for| to| with| a| para| con)? (?:me|mi|yo|conmigo)|\by (?:a|para) (?:mi|yo)\b(?! (?:too|tambien|either|neither))|\b(?:que|than) (?:conmigo|with me|me)\b|\b(?:a|para|con) (?:mi|yo) (?:ni|no|nunca|nada)\b|\b(?:everyone|everybody|all|todos|todo el mundo|los demas|tus amigos|your friends|them|ellos|ellas|ella|el|her|him|tu ex|your ex)\b[^.?!]{0,50}\b(?:si|sure|always|siempre|tiempo|time)\b[^.?!]{0,50}\b(?:me|mi|conmigo|yo)\b/u;
/** Someone else in the picture: "is there someone else", "tu ex", "otra", a dating app. */
const THIRD =
  /\b(?:someone else|somebody else|anyone else|another (?:girl|guy|woman|man|person)|your ex|ur ex|tu ex|otra persona|otra chica|otra mina|otra mujer|otro chico|otro tipo|otro hombre|alguien mas|hay alguien|hay otra|hay otro|con alguien|with someone|talking to (?:her|him|someone|other)|hinge|tinder|bumble|esa vieja|esa tipa|ese tipo|esa chica|that girl|that guy)\b/u;
/** Saying one is worth little: "im not important", "no valgo nada", "am i too much". */
const WORTH =
  /\b(?:i am|am i|im|i was|i feel|me siento|soy|no soy|fui)(?: just| only| so| really| never| not| solo| nada| tan| muy| mucho| demasiado| even)* (?:not |nada )?(?:important|enough|worth|a priority|too much|a burden|annoying|the problem|an option|a backup|plan b|replaceable|invisible|nothing|importante|suficiente|prioridad|demasiado|mucho|una carga|un estorbo|el problema|la opcion|opcion|segundo plano|reemplazable|invisible|poca cosa|nadie)\b|\b(?:no valgo|no le importo|no te importo|no me quiere nadie|nobody cares|no one cares|doesnt matter to you|not important to you)\b/u;
/**
 * Irony that sulks: a smile that does not mean one (🙃 🙂 🙄 😒), or a message that ends on a
 * bright word after something that is not ("otra noche sin escribirme, genial").
 */
const SULK_EMOJI = /[🙃🙂🙄😒😑😐]/u;
const BRIGHT_END =
  /[\p{L}\p{N}][ ,.…]+(?:great|genial|perfect|perfecto|cool|nice|lovely|awesome|fantastic|amazing|love that|good to know|noted|buenisimo|buenisima|que bien|que lindo|que bonito|barbaro|divino|increible|excelente|de lujo|joya|ok|vale|bien|fine|cool cool cool)[.!…]*$/u;
/** Waiting on the other person: "im still waiting", "te estuve esperando despierta". */
const WAITING =
  /\b(?:waiting|waited|wait up|still up|stayed up|sat here|sitting here|esperando|esperandote|espere|esperarte|despierto|despierta|en vela|aqui sentad[oa])\b/u;
/** Being seen and not answered: "visto a las 14:32", "online and nothing", "ni un hola". */
const SEEN =
  /\b(?:online|en linea|conectad[oa]|ultima conexion|last seen|seen|visto|read it|leiste|leido|ley del hielo|silent treatment|stories?|historias?|posted|posteaste|subiste)\b[^.?!]{0,50}\b(?:but|and|pero|y|sin|without|ni|nothing|nada|no)\b|\bni (?:un|una|siquiera)\b|\bnot even (?:a|one)\b/u;

/** The structured signs above, by feature name. */
const SITUATIONS: readonly [string, RegExp][] = [
  ['s:compare', COMPARE],
  ['s:third', THIRD],
  ['s:worth', WORTH],
  ['s:sulk-end', BRIGHT_END],
  ['s:waiting', WAITING],
  ['s:seen', SEEN],
];

/** The two of us as the subject: "are we ok", "is this over", "¿estamos bien?", "lo nuestro". */
const US =
  /\b(?:are we|r we|is this|were we|do we|estamos|seguimos|somos|lo nuestro|between us|entre nosotros|about us|de nosotros|us)\b/u;
/**
 * Signs found by a pattern, by feature name, so that a pause their weight made can name the
 * words they matched (detect.ts) when no word of the draft weighed towards pausing on its own:
 * "vale." pauses for its shape, and the pause names "vale".
 */
export const PATTERN_SIGNS: readonly [string, RegExp][] = [
  ...SITUATIONS,
  ['s:sulk-emoji', SULK_EMOJI],
  ['s:ask-you', ASK_YOU],
  ['s:ask-me', ASK_ME],
  ['s:protest', CURT],
  ['s:give-up-short', PROTEST_WORDS],
  ['s:give-up', PROTEST_WORDS],
  ['s:us', US],
];

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

/** Words and shape of one draft (`text` in readText's form), and the quick sends before it. */
export function featuresOf(text: string, quickSends: number): Set<string> {
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
  if (ASK_YOU.test(text)) out.add('s:ask-you');
  if (US.test(text)) out.add('s:us');
  if (ASK_ME.test(text)) out.add('s:ask-me');
  if (CURT.test(text)) out.add('s:protest');
  if (PROTEST_WORDS.test(text)) out.add(words.length <= 8 ? 's:give-up-short' : 's:give-up');
  for (const [name, pattern] of SITUATIONS) if (pattern.test(text)) out.add(name);
  if (SULK_EMOJI.test(text)) out.add('s:sulk-emoji');
  if (/[😂🤣😆😅😹]/u.test(text)) out.add('s:laugh');
  if (quickSends > 0) out.add('s:quick');
  if (quickSends > 1) out.add('s:quick2');
  return out;
}
