/** Chat shorthand and the words it stands for: the search and the intelligence check both read "who r u" as "who are you". */
export const CHAT_SHORTHAND: Readonly<Record<string, string>> = {
  r: 'are',
  u: 'you',
  ur: 'your',
  wot: 'what',
  wat: 'what',
  wots: 'whats',
  wats: 'whats',
  abt: 'about',
  yday: 'yesterday',
};
