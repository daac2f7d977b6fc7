/**
 * Closed vocabularies shared by the authoring schema, the pages and the public data.
 * Adding a value here is the only way to add one anywhere.
 */

/** DPV 2 purposes (https://w3id.org/dpv#) that the categories map to. */
const DPV = 'https://w3id.org/dpv#';
const dpv = (...terms: string[]) => terms.map((term) => `${DPV}${term}`);

/**
 * What a setting is about. The IDs are public (URLs, JSON, embeds): never rename one.
 * `dpv` lists the closest purposes in the W3C Data Privacy Vocabulary; `tcf` the IAB TCF v2.2
 * purpose numbers, for the advertising categories only; `searchTerms` the words readers search
 * with (indexed with every setting of the category).
 */
export const categories = {
  'ai-training': {
    label: 'AI training by the platform',
    short: 'AI training',
    description: 'Your content or activity trains the platform’s own AI models (or its affiliate’s).',
    dpv: dpv('ResearchAndDevelopment', 'ImproveExistingProductsAndServices'),
    tcf: [],
    searchTerms: [
      'AI training',
      'train',
      'training',
      'machine learning',
      'model training',
      'model improvement',
      'improve the model',
      'generative AI',
      'LLM',
      'artificial intelligence',
    ],
  },
  'ai-training-third-party': {
    label: 'AI training by third parties',
    short: 'Third-party AI',
    description: 'Your content is licensed or shared so that other companies can train AI models.',
    dpv: dpv('SellDataToThirdParties'),
    tcf: [],
    searchTerms: [
      'AI training',
      'train',
      'training',
      'machine learning',
      'third-party AI',
      'data licensing',
      'licence',
      'scraping',
      'AI companies',
      'artificial intelligence',
    ],
  },
  'partner-sharing': {
    label: 'Sharing with partners',
    short: 'Partners',
    description: 'Personal data goes to business partners or other third parties.',
    dpv: dpv('SellDataToThirdParties'),
    tcf: [],
    searchTerms: ['share', 'sharing', 'partners', 'third parties', 'business partners', 'affiliates', 'data sharing'],
  },
  'sell-share': {
    label: 'Sale or sharing under US state privacy laws',
    short: 'Sell/share',
    description:
      'Your data is “sold” or “shared” as US state privacy laws define it; the opt-out those laws give, and whether a Global Privacy Control signal is honoured.',
    dpv: dpv('SellDataToThirdParties', 'SellInsightsFromData'),
    tcf: [],
    searchTerms: [
      'sell',
      'sale',
      'do not sell',
      'selling my data',
      'share',
      'CCPA',
      'Global Privacy Control',
      'GPC',
      'opt-out preference signal',
      'data brokers',
    ],
  },
  'ads-on-platform': {
    label: 'Ads from your activity on the platform',
    short: 'Ads (on-platform)',
    description: 'Ads are personalised from what you do on the platform itself.',
    dpv: dpv('PersonalisedAdvertising'),
    tcf: [3, 4],
    searchTerms: [
      'ads',
      'advertising',
      'adverts',
      'personalised ads',
      'personalized ads',
      'targeted ads',
      'tailored ads',
      'interest-based ads',
      'ad personalization',
    ],
  },
  'ads-off-platform': {
    label: 'Ads from your activity elsewhere',
    short: 'Ads (off-platform)',
    description: 'Ads use what partners, other sites and apps report about you.',
    dpv: dpv('TargetedAdvertising'),
    tcf: [3, 4],
    searchTerms: [
      'ads',
      'advertising',
      'adverts',
      'personalised ads',
      'personalized ads',
      'targeted ads',
      'tracking',
      'off-platform activity',
      'other websites',
      'partners',
    ],
  },
  'ad-measurement': {
    label: 'Ad measurement',
    short: 'Ad measurement',
    description: 'What you see and do is reported to advertisers or measurement firms to measure how ads perform.',
    dpv: dpv('ServiceUsageAnalytics', 'Advertising'),
    tcf: [7, 9],
    searchTerms: [
      'ads',
      'advertising',
      'ad measurement',
      'attribution',
      'conversion tracking',
      'measurement',
      'tracking',
    ],
  },
  'contact-info': {
    label: 'Phone and email for ads or discovery',
    short: 'Contact info',
    description: 'Your phone number or email address is used for ads or lets others find you.',
    dpv: dpv('TargetedAdvertising', 'SearchFunctionalities'),
    tcf: [3, 4],
    searchTerms: [
      'phone number',
      'email address',
      '2FA',
      'two-factor',
      'two factor',
      'security phone number',
      'contacts',
      'find me',
      'look me up',
      'discoverability',
      'ads',
    ],
  },
  location: {
    label: 'Location',
    short: 'Location',
    description: 'Your location is collected, kept or used.',
    dpv: dpv('ServicePersonalisation', 'PersonalisedAdvertising'),
    tcf: [],
    searchTerms: ['location', 'GPS', 'where I am', 'location history', 'precise location', 'places'],
  },
  visibility: {
    label: 'Public visibility and search engines',
    short: 'Visibility',
    description: 'Your profile or posts are shown to the public or indexed by search engines.',
    dpv: dpv('SearchFunctionalities'),
    tcf: [],
    searchTerms: [
      'public',
      'visible',
      'visibility',
      'search engines',
      'Google search',
      'indexed',
      'indexing',
      'hide profile',
      'private account',
      'private profile',
      'who can see',
    ],
  },
  'voice-media': {
    label: 'Voice and media recordings',
    short: 'Recordings',
    description: 'Voice, audio or video recordings are kept, reviewed by people or used for training.',
    dpv: dpv('ImproveExistingProductsAndServices', 'ResearchAndDevelopment'),
    tcf: [],
    searchTerms: [
      'recordings',
      'voice recordings',
      'voice',
      'audio',
      'video',
      'microphone',
      'human review',
      'listening',
    ],
  },
  biometrics: {
    label: 'Face and voice prints',
    short: 'Biometrics',
    description: 'Your face, voice or other body features are turned into a template to recognise you.',
    dpv: dpv('IdentityAuthentication', 'ServicePersonalisation'),
    tcf: [],
    searchTerms: ['face recognition', 'facial recognition', 'face', 'voice print', 'biometric', 'fingerprint'],
  },
  telemetry: {
    label: 'Device and app telemetry',
    short: 'Telemetry',
    description: 'Technical and usage data about your device or app is sent back to the maker.',
    dpv: dpv('ServiceUsageAnalytics', 'ImproveExistingProductsAndServices'),
    tcf: [],
    searchTerms: [
      'telemetry',
      'diagnostics',
      'diagnostic data',
      'usage data',
      'analytics',
      'crash reports',
      'usage statistics',
    ],
  },
  'tv-viewing': {
    label: 'TV viewing data',
    short: 'TV viewing',
    description: 'What your TV shows is recognised (automatic content recognition) and used for ads or sold.',
    dpv: dpv('TargetedAdvertising', 'SellInsightsFromData'),
    tcf: [3, 4, 7],
    searchTerms: [
      'TV',
      'what I watch',
      'viewing data',
      'viewing history',
      'automatic content recognition',
      'ACR',
      'smart TV',
    ],
  },
  'driving-data': {
    label: 'Driving data',
    short: 'Driving',
    description: 'How, when and where you drive is collected by the car and shared with insurers or data brokers.',
    dpv: dpv('SellDataToThirdParties', 'ServiceUsageAnalytics'),
    tcf: [],
    searchTerms: ['driving', 'driving data', 'car', 'vehicle', 'insurance', 'insurers', 'data brokers', 'telematics'],
  },
} as const;

/** IAB TCF v2.2 purposes, by number, for the `tcf` mapping above. */
export const tcfPurposes = {
  1: 'Store and/or access information on a device',
  2: 'Use limited data to select advertising',
  3: 'Create profiles for personalised advertising',
  4: 'Use profiles to select personalised advertising',
  5: 'Create profiles to personalise content',
  6: 'Use profiles to select personalised content',
  7: 'Measure advertising performance',
  8: 'Measure content performance',
  9: 'Understand audiences through statistics or combinations of data from different sources',
  10: 'Develop and improve services',
  11: 'Use limited data to select content',
} as const;

/**
 * The state of the sharing for someone who never touched the setting. It describes the sharing,
 * not the switch: a protective switch ("Protect your posts") that starts off means sharing is `on`.
 */
export const defaultStates = {
  on: {
    label: 'Shared by default',
    short: 'Shared',
    description: 'Sharing happens unless you switch it off.',
  },
  off: {
    label: 'Not shared by default',
    short: 'Not shared',
    description: 'Nothing is shared unless you opt in.',
  },
  'no-opt-out': {
    label: 'Shared, no opt-out',
    short: 'No opt-out',
    description: 'The sharing happens and the platform offers no setting to stop it.',
  },
  varies: {
    label: 'Depends',
    short: 'Varies',
    description: 'The default depends on something else, such as account type or age.',
  },
  unknown: {
    label: 'Default unknown',
    short: 'Unknown',
    description: 'The sources do not say what the default is.',
  },
} as const;

/** Which way the platform's switch works, so pages can say which way to flip it. */
export const labelMeanings = {
  shares: 'Switching it on shares (e.g. “Personalized ads”); switch it off to stop the sharing.',
  protects:
    'Switching it on protects (e.g. “Protect your posts”, “Don’t save recordings”); switch it on to stop the sharing.',
} as const;

/** What the label names: the switch itself, or the place (page, form, button) where the choice is made. */
export const labelKinds = {
  switch: 'A switch, checkbox or option that you turn on or off (the usual case).',
  place:
    'A page, screen, form, button or request where you make the choice (e.g. “Your Privacy Choices”, “Manage cookies”, “Delete advertising ID”), not a switch of that name.',
} as const;

/** What a `varies` default depends on. */
export const variesFactors = {
  'account-type': 'Account type (personal, business, creator, child…)',
  age: 'The user’s age',
  plan: 'Subscription plan or tier',
  device: 'Device or app',
  region: 'Region or country (beyond the regions listed)',
  other: 'Something else (say what in the note)',
} as const;

/** Where a reader can switch a setting off. */
export const surfaces = {
  web: 'Web',
  ios: 'iOS',
  android: 'Android',
  desktop: 'Desktop app',
  tv: 'On the TV',
  car: 'In the car',
  device: 'On the device',
  form: 'Form',
  email: 'Email',
  phone: 'By phone',
} as const;

/** Surfaces where people use the product on a phone or a device of its own, not a browser. */
export const deviceSurfaces = ['ios', 'android', 'tv', 'car', 'device'] as const;

/** Who published a source. Pages show the kind beside every source. */
export const sourceKinds = {
  platform: 'The platform’s own page: its policy, help centre, blog, newsroom or settings screen',
  regulator: 'A regulator or government body: a decision, order, press release or report',
  court: 'A court: a judgment, order or filing',
  archive: 'An archived copy of a platform’s page (Open Terms Archive, the Wayback Machine)',
  press: 'Reporting: news media, technology press, law-firm briefings, advocacy reports',
  community: 'Community material: forums, wikis, Q&A sites, user posts',
} as const;

/** Source kinds that can back `confidence: high` on their own. */
export const officialSourceKinds = ['platform', 'regulator', 'court', 'archive'] as const;
/** Source kinds a quote may be read from; anything else is recorded as `via`. */
export const quoteSourceKinds = ['platform', 'archive'] as const;

/** Domains of web archives an `archived` link may point to (the domain or any of its hosts). */
export const archiveDomains = [
  'archive.org',
  'archive.ph',
  'archive.today',
  'archive.is',
  'archive.li',
  'urlscan.io',
  'webharvest.gov',
] as const;
/**
 * Domains of link shorteners: a short link hides the page it opens and can be pointed elsewhere later, so a
 * source or a settings link gives the address it leads to instead.
 */
export const shortLinkDomains = [
  'bit.ly',
  'buff.ly',
  'cutt.ly',
  'goo.gl',
  'is.gd',
  'lnkd.in',
  'ow.ly',
  'rb.gy',
  'rebrand.ly',
  'shorturl.at',
  't.co',
  't.ly',
  'tiny.cc',
  'tinyurl.com',
] as const;
/** Open Terms Archive publishes its versions as GitHub repositories under this path. */
export const openTermsArchivePrefix = 'https://github.com/OpenTermsArchive/';

/** What a dated history entry records. */
export const historyKinds = {
  'default-changed': 'The general default changed (give from and to)',
  'label-changed': 'The setting’s label changed (give from and to)',
  'setting-added': 'The setting appeared',
  'setting-removed': 'The setting was removed',
  'policy-changed': 'The policy wording about it changed',
  'region-changed': 'The default changed in some regions',
  other: 'Anything else worth a date',
} as const;

/** How sure the guide is of a setting, given its sources. */
export const confidenceLevels = {
  high: 'High: the platform’s own current page (or a regulator, court or archived copy) states it',
  medium: 'Medium: older or secondary sources, or sources that disagree',
  low: 'Low: a single old or indirect source',
} as const;

/** Regions whose defaults can differ. EU, EEA, UK and CH are listed apart because rules differ. */
export const regions = {
  US: 'United States',
  CA: 'Canada',
  MX: 'Mexico',
  BR: 'Brazil',
  EU: 'European Union',
  EEA: 'European Economic Area',
  UK: 'United Kingdom',
  CH: 'Switzerland',
  TR: 'Türkiye',
  NG: 'Nigeria',
  ZA: 'South Africa',
  IN: 'India',
  CN: 'China',
  HK: 'Hong Kong',
  JP: 'Japan',
  KR: 'South Korea',
  SG: 'Singapore',
  AU: 'Australia',
} as const;

export type CategoryId = keyof typeof categories;
export type DefaultState = keyof typeof defaultStates;
export type LabelMeaning = keyof typeof labelMeanings;
export type LabelKind = keyof typeof labelKinds;
export type VariesFactor = keyof typeof variesFactors;
export type SurfaceId = keyof typeof surfaces;
export type SourceKind = keyof typeof sourceKinds;
export type HistoryKind = keyof typeof historyKinds;
export type ConfidenceLevel = keyof typeof confidenceLevels;
export type RegionCode = keyof typeof regions;

const keys = <T extends object>(record: T) => Object.keys(record) as [keyof T & string, ...(keyof T & string)[]];

export const categoryIds = keys(categories);
export const defaultStateIds = keys(defaultStates);
export const labelMeaningIds = keys(labelMeanings);
export const labelKindIds = keys(labelKinds);
export const variesFactorIds = keys(variesFactors);
export const surfaceIds = keys(surfaces);
export const sourceKindIds = keys(sourceKinds);
export const historyKindIds = keys(historyKinds);
export const confidenceIds = keys(confidenceLevels);
export const regionCodes = keys(regions);
