/**
 * Topics Personprofilen must never ask or write about: an employer may not gather them
 * from a candidate (arbeidsmiljøloven § 13-4, diskrimineringsloven § 30) and several are
 * special categories under GDPR Art. 9. The unit tests run every statement and every
 * description in both languages through findForbiddenTopics, so a new text that drifts
 * into one of these fails the build instead of reaching a candidate.
 *
 * A term matches case-insensitively, in one of three ways:
 *  - 'stem'  at the start of a word (helse → helse, helseplager; diagnos → diagnose);
 *  - 'word'  as a whole word only, for short words that are parts of harmless ones
 *            (age would otherwise match manage and page; syk would match sykkel);
 *  - 'part'  anywhere in a word, for Norwegian compounds (småbarnsfar, LO-fagforeningen).
 * Terms are per language: Norwegian "god" (good) is not the English "god".
 */

export type ForbiddenTopic =
  | 'health'
  | 'medication'
  | 'mood'
  | 'politics'
  | 'religion'
  | 'union'
  | 'family'
  | 'sexuality'
  | 'ethnicity'
  | 'private-life'
  | 'age'
  | 'gender'
  | 'criminal-record';

export type ForbiddenTerm = { readonly term: string; readonly match: 'stem' | 'word' | 'part'; readonly topic: ForbiddenTopic };
export type TextLanguage = 'nb' | 'en';

const stem = (topic: ForbiddenTopic, ...terms: string[]) => terms.map((term) => ({ term, match: 'stem' as const, topic }));
const word = (topic: ForbiddenTopic, ...terms: string[]) => terms.map((term) => ({ term, match: 'word' as const, topic }));
const part = (topic: ForbiddenTopic, ...terms: string[]) => terms.map((term) => ({ term, match: 'part' as const, topic }));

export const FORBIDDEN_TERMS: Readonly<Record<TextLanguage, readonly ForbiddenTerm[]>> = {
  nb: [
    ...part('health', 'helse', 'sykdom', 'sykmeld', 'sykemeld', 'sykefravær', 'diagnos', 'psyki', 'psykisk', 'funksjonsnedsett', 'handikap', 'uføre', 'smerte', 'allergi', 'kronisk', 'søvn', 'utbrent', 'utbrenthet'),
    ...stem('health', 'syke', 'sykt', 'pasient', 'lege', 'terapi', 'kropp', 'kroppsvekt', 'stress', 'alkohol', 'rusmid', 'narkotika'),
    ...word('health', 'syk', 'sjuk', 'frisk', 'friske', 'rus', 'adhd', 'autisme'),
    ...part('medication', 'medisin', 'medikament', 'tablett', 'legemiddel', 'legemidl', 'resept'),
    ...part('mood', 'depresj', 'deprimer', 'angst', 'humør', 'nedstemt', 'ensom', 'bekymr', 'panikk', 'følelsesliv'),
    ...stem('mood', 'trist', 'lykkelig', 'ulykkelig', 'sinne', 'nervøs', 'redd'),
    ...part('politics', 'politikk', 'politisk', 'stortingsvalg', 'kommunevalg', 'ideologi'),
    ...stem('politics', 'partiet', 'partier', 'valgkamp', 'stemmeseddel', 'stemmegiv'),
    ...word('politics', 'parti', 'venstresiden', 'høyresiden'),
    ...part('religion', 'religi', 'kirke', 'moské', 'synagog', 'tempel', 'livssyn', 'trosretning', 'trossamfunn', 'bønn', 'kristen', 'muslim', 'jødisk', 'hindu', 'buddhis', 'ateis', 'gudstjeneste'),
    ...word('religion', 'gud', 'guds', 'troen', 'tro'),
    ...part('union', 'fagforening', 'fagforbund', 'fagorganis', 'tillitsvalg', 'streik'),
    ...word('union', 'lo', 'unio', 'ys'),
    ...part('family', 'familie', 'gravid', 'svangerskap', 'foreldrepermisjon', 'permisjon', 'barnehage', 'småbarn', 'ektefelle', 'ekteskap', 'samboer', 'kjæreste', 'omsorgsansvar', 'skilsmisse'),
    ...stem('family', 'barn', 'foreld', 'gift', 'partner', 'sønn', 'datter', 'besteforeld', 'farskap', 'morskap'),
    ...word('family', 'mor', 'mors', 'far', 'fars', 'mødre', 'fedre'),
    ...part('sexuality', 'seksuel', 'legning', 'homofil', 'lesbisk', 'bifil', 'skeiv', 'transperson'),
    ...part('ethnicity', 'etnisk', 'etnisitet', 'hudfarge', 'innvandr', 'minoritet', 'nasjonalitet', 'morsmål', 'opprinnelse', 'avstamning', 'statsborger'),
    ...word('ethnicity', 'rase'),
    ...part('private-life', 'privatliv', 'fritid', 'hobby', 'hobbyer', 'familieliv', 'helg', 'ferie'),
    ...stem('private-life', 'privat', 'hjemme', 'kveld'),
    ...part('age', 'alder', 'pensjon', 'generasjon', 'fødselsår', 'fødselsdato'),
    ...stem('age', 'ung', 'eldre', 'gammel', 'senior'),
    ...word('age', 'gamle', 'gamlis'),
    ...word('age', 'år', 'årig', 'unge'),
    ...part('gender', 'kjønn', 'kvinne', 'mannlig', 'kvinnelig'),
    ...word('gender', 'mann', 'menn', 'dame', 'damer'),
    ...part('criminal-record', 'straffe', 'politiattest', 'kriminal', 'dømt'),
  ],
  en: [
    ...stem('health', 'health', 'illness', 'sick', 'diagnos', 'disease', 'disorder', 'disab', 'handicap', 'symptom', 'patient', 'doctor', 'therap', 'treatment', 'chronic', 'pain', 'allerg', 'sleep', 'burnout', 'burn-out', 'burned out', 'burnt out', 'mental', 'psychiatr', 'psycholog', 'body', 'weight', 'stress', 'alcohol', 'drink', 'drug', 'medical', 'injur'),
    ...word('health', 'ill', 'adhd', 'autism', 'autistic', 'fitness', 'well-being', 'wellbeing'),
    ...stem('medication', 'medicat', 'medicine', 'pill', 'prescri', 'pharma', 'tablet'),
    ...stem('mood', 'mood', 'depress', 'anxi', 'anxious', 'lonel', 'worr', 'panic', 'sad', 'unhappy', 'happiness', 'nervous', 'afraid', 'fear', 'anger', 'angry', 'emotion', 'feeling'),
    ...stem('politics', 'politic', 'vote', 'voting', 'election', 'ideolog', 'left-wing', 'right-wing', 'conservative', 'liberal', 'socialis'),
    ...word('politics', 'party', 'parties'),
    ...stem('religion', 'religi', 'faith', 'church', 'mosque', 'synagog', 'temple', 'pray', 'christian', 'muslim', 'islam', 'jewish', 'hindu', 'buddhis', 'atheis', 'spiritual', 'belief', 'believ'),
    ...word('religion', 'god', 'gods'),
    ...stem('union', 'trade union', 'labour union', 'labor union', 'union', 'shop steward', 'strike'),
    ...stem('family', 'family', 'families', 'pregnan', 'child', 'kid', 'parent', 'mother', 'father', 'maternity', 'paternity', 'partner', 'spouse', 'husband', 'wife', 'married', 'marriage', 'divorc', 'boyfriend', 'girlfriend', 'son', 'daughter', 'baby', 'babies', 'childcare', 'caring for'),
    ...stem('sexuality', 'sexual', 'gay', 'lesbian', 'bisexual', 'queer', 'transgender'),
    ...stem('ethnicity', 'ethnic', 'race', 'racial', 'skin colour', 'skin color', 'immigra', 'minorit', 'nationality', 'mother tongue', 'native language', 'citizenship', 'ancestr'),
    ...word('ethnicity', 'origin', 'origins'),
    ...stem('private-life', 'private', 'privacy', 'spare time', 'free time', 'leisure', 'hobby', 'hobbies', 'weekend', 'holiday', 'vacation', 'home', 'evening', 'after work', 'personal life'),
    ...stem('age', 'young', 'youth', 'elderly', 'retire', 'pension', 'generation', 'birth', 'born'),
    ...word('age', 'age', 'ages', 'aged', 'ageing', 'aging', 'old', 'older', 'years', 'year-old'),
    ...stem('gender', 'gender', 'woman', 'women', 'female', 'male', 'feminin', 'masculin'),
    ...word('gender', 'man', 'men', 'girl', 'girls', 'boy', 'boys'),
    ...stem('criminal-record', 'criminal', 'convict', 'police record', 'arrest'),
  ],
};

export type ForbiddenHit = { readonly term: string; readonly topic: ForbiddenTopic; readonly found: string };

const LETTER = '\\p{L}\\p{N}';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function patternFor({ term, match }: ForbiddenTerm): RegExp {
  const body = escape(term).replace(/ /g, '\\s+');
  const before = match === 'part' ? '' : `(?<![${LETTER}])`;
  const after = match === 'word' ? `(?![${LETTER}])` : '';
  // The whole word around the hit is captured so a failing test can say what it saw.
  return new RegExp(`[${LETTER}-]*${before}${body}${after}[${LETTER}-]*`, 'iu');
}

type CompiledTerm = ForbiddenTerm & { readonly re: RegExp };
const compile = (terms: readonly ForbiddenTerm[]): readonly CompiledTerm[] => terms.map((t) => ({ ...t, re: patternFor(t) }));
const compiled: Readonly<Record<TextLanguage, readonly CompiledTerm[]>> = { nb: compile(FORBIDDEN_TERMS.nb), en: compile(FORBIDDEN_TERMS.en) };

/** Every forbidden term the text touches, in the given language; empty when it is clean. */
export function findForbiddenTopics(text: string, lang: TextLanguage): ForbiddenHit[] {
  const hits: ForbiddenHit[] = [];
  for (const t of compiled[lang]) {
    const m = t.re.exec(text);
    if (m) hits.push({ term: t.term, topic: t.topic, found: m[0] });
  }
  return hits;
}
