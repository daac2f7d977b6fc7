/**
 * Turns a reader's question into the words the index knows. Pagefind matches every word it finds
 * in the index, so question words and filler ("how do I", "stop", "my") would drown the platform
 * and the subject; they are dropped, phrases become the terms the records carry ("from google" after
 * "hide" means search engines), and an intent to opt out becomes "switch off" so settings that can be
 * switched off rank first. Runs in the browser on every keystroke: small and dependency-free.
 */

/** Phrases (longest first) and what the index calls them. */
const PHRASES: [RegExp, string][] = [
  [/\b(?:two[\s-]?factor|2\s?fa|two[\s-]?step|security phone(?: number)?|login phone(?: number)?)\b/g, ' 2fa phone '],
  [
    /\b(?:machine[\s-]learning|model (?:training|improvement)|improve (?:the|their) models?|train(?:s|ed|ing)? (?:ai|models?|the model)|gen(?:erative)?\s?ai|llms?)\b/g,
    ' ai training ',
  ],
  [
    /\b(?:advertis(?:ing|ements?|ers?)|adverts?|ad personali[sz]ation|targeted ads?|tailored ads?|interest[\s-]based ads?)\b/g,
    ' ads ',
  ],
  [
    /\b(?:(?:hide|remove|keep|stop|appear(?:ing)?|show(?:ing)? up|show)\b(?:[\w\s']{0,30}?)\b(?:from|in|on) (?:google|bing|search(?: engines?| results)?))\b/g,
    ' hide search engines ',
  ],
  [/\b(?:search engines?|google search|indexed|indexing)\b/g, ' search engines '],
  [/\b(?:sell(?:s|ing)?|sale of) (?:my |your )?(?:personal )?(?:data|information|info)\b/g, ' sell '],
  [/\b(?:what i watch|viewing (?:data|history)|automatic content recognition)\b/g, ' tv viewing '],
  [/\b(?:voice recordings?|audio recordings?|recordings?)\b/g, ' recordings '],
  [/\b(?:where i am|my whereabouts|gps)\b/g, ' location '],
  [/\b(?:face recognition|facial recognition|face prints?|faceprints?)\b/g, ' face recognition '],
  [/\b(?:address book|my contacts)\b/g, ' contacts '],
];

/**
 * Words that ask to stop something. They become "switch off", the words every switchable setting's
 * record carries with a high weight, rather than "opt out", which the summaries of settings
 * without a switch use too ("there is no way to opt out"), so switchable settings rank first.
 */
const OPT_OUT =
  /\b(?:opt(?:[\s-]?out)?|stop|turn(?:ing)? off|switch(?:ing)? off|disable|prevent|block|refuse|avoid|hide|limit|don'?t|do not|keep .{0,20}? from|without)\b/;

/** Question words and filler that carry no subject. */
const FILLER = new Set(
  `a an the and or of for to from in on at by with without about into onto as is are was were be been being am
  how do does did can could should would will i me my mine myself you your we our us it its this that these those
  what why where when who which there here please want wants need help get getting got make makes let lets
  stop stopping prevent block refuse avoid disable turn turning switch switching off out opt not no don dont
  keep keeping using use used uses being have has had any all some setting settings option options way ways
  data info information account accounts app apps service services report reports`.split(/\s+/),
);

export function rewriteQuery(question: string): string {
  let text = ` ${question
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^\p{L}\p{N}'\s-]/gu, ' ')} `;
  const optOut = OPT_OUT.test(text);
  for (const [pattern, replacement] of PHRASES) text = text.replace(pattern, replacement);
  const words = text
    .split(/[\s-]+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w && !FILLER.has(w));
  // Keep the reader's own words when they were only filler ("turn off"): better than nothing.
  const kept = words.length ? [...new Set(words)] : question.trim().split(/\s+/);
  return [...kept, ...(optOut && words.length ? ['switch', 'off'] : [])].join(' ');
}
