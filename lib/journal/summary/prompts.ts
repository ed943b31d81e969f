/**
 * The seed's questions for before a session ("What triggers my anxiety in relationships? How
 * do I typically respond? What am I truly seeking in those moments?"), answered if the person
 * likes. Their answers are a draft (lib/drafts), kept as they type until they clear them.
 */
export const PROMPTS = ['triggers', 'respond', 'seeking'] as const;
export type Prompt = (typeof PROMPTS)[number];
export type PromptAnswers = Record<Prompt, string>;

export const EMPTY_ANSWERS: PromptAnswers = { triggers: '', respond: '', seeking: '' };

/** The draft store's name: `draft:session-prompts` in storage. */
export const PROMPTS_DRAFT = 'session-prompts';

/** Two pages hold this much of an answer; longer answers are the journal's job. */
export const MAX_ANSWER = 2000;
