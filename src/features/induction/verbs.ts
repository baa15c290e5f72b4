/** Card verbs of the induction, declared once for cards, routes and tests. */
export const INDUCTION_VERBS = {
  begin: 'induction.begin',
  resume: 'induction.resume',
  next: 'induction.next',
  back: 'induction.back',
  stop: 'induction.stop',
  answer: 'induction.answer',
} as const;
