/**
 * Whether a draft reads as Spanish or English, for the threshold the pause uses: the model is
 * one for both languages, but its scores for ordinary messages run higher in English, so each
 * language has the threshold that holds its own share of ordinary messages (chosen by
 * cross-validation at training). A count of common words that only one of the two languages
 * uses; ties read as English. `text` is in readText's form ("q" is "que", "u" is "you").
 */
const SPANISH = new Set(
  'que de la el en y los las se por un una te mi tu es lo con para ya pero si como esta estas estoy mas muy bien eso hoy vos sos nada algo todo porque hay del al le les mis tus ni o hola vas voy nadie nunca siempre eres soy tengo tienes quien cuando donde contigo conmigo ahora pues'.split(
    ' ',
  ),
);
const ENGLISH = new Set(
  'the you i to and is it of my are that in do what was for on just have be so this your not with we at am can all did why how ok'.split(
    ' ',
  ),
);
const WORD = /[\p{L}\p{N}]+/gu;

export type Language = 'en' | 'es';

export function languageOf(text: string, original: string): Language {
  // ¿, ¡, ñ and accented vowels are Spanish whatever the words.
  let lean = /[¿¡ñáéíóú]/i.test(original) ? 2 : 0;
  for (const word of text.match(WORD) ?? []) {
    if (SPANISH.has(word)) lean++;
    else if (ENGLISH.has(word)) lean--;
  }
  return lean > 0 ? 'es' : 'en';
}
