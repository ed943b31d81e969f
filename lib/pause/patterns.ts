// The signs of shape and situation the pause's model reads by pattern, in readText's form
// (lower case, no accents, short forms spelled out). Kept out of the content script: see
// SIGN_PATTERNS below. Any gap a pattern allows between its words is bounded ({0,50}): an
// unbounded one made a 6,000-character draft take 300-800 ms to decide (detect.test.ts).

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
 * (and that detect.ts can name by the words it matched). Written from the situations the
 * corpus describes and kept by cross-validation on the training parts, never by a held-out
 * part (docs/pause-detection.md, round 4).
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
 * Every sign found by a pattern, by feature name. They are part of the model: training reads
 * them from here and writes them into model.json, and a page has them with the model, by
 * message (modelTypes.ts), not in the content script's bundle, whose budget they would break.
 * Each also lets a pause their weight made name the words they matched (detect.ts) when no
 * word of the draft weighed towards pausing on its own: "vale." pauses for its shape, and the
 * pause names "vale". 's:give-up' stands for 's:give-up-short' too (features.ts).
 */
export const SIGN_PATTERNS: readonly (readonly [string, RegExp])[] = [
  ['s:ask-you', ASK_YOU],
  ['s:us', US],
  ['s:ask-me', ASK_ME],
  ['s:protest', CURT],
  ['s:give-up', PROTEST_WORDS],
  ...SITUATIONS,
  ['s:sulk-emoji', SULK_EMOJI],
  ['s:laugh', /[😂🤣😆😅😹]/u],
];
