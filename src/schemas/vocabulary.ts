/**
 * Closed vocabularies shared by the authoring schema, the pages and the public data.
 * Adding a value here is the only way to add one anywhere.
 */

/** What a setting is about. The IDs are public (URLs, JSON, embeds): never rename one. */
export const categories = {
  'ai-training': {
    label: 'AI training by the platform',
    short: 'AI training',
    description: 'Your content or activity trains the platform’s own AI models (or its affiliate’s).',
  },
  'ai-training-third-party': {
    label: 'AI training by third parties',
    short: 'Third-party AI',
    description: 'Your content is licensed or shared so that other companies can train AI models.',
  },
  'partner-sharing': {
    label: 'Sharing with partners',
    short: 'Partners',
    description: 'Personal data goes to business partners or other third parties.',
  },
  'ads-on-platform': {
    label: 'Ads from your activity on the platform',
    short: 'Ads (on-platform)',
    description: 'Ads are personalised from what you do on the platform itself.',
  },
  'ads-off-platform': {
    label: 'Ads from your activity elsewhere',
    short: 'Ads (off-platform)',
    description: 'Ads use what partners, other sites and apps report about you.',
  },
  'contact-info': {
    label: 'Phone and email for ads or discovery',
    short: 'Contact info',
    description: 'Your phone number or email address is used for ads or lets others find you.',
  },
  location: {
    label: 'Location',
    short: 'Location',
    description: 'Your location is collected, kept or used.',
  },
  visibility: {
    label: 'Public visibility and search engines',
    short: 'Visibility',
    description: 'Your profile or posts are shown to the public or indexed by search engines.',
  },
  'voice-media': {
    label: 'Voice and media recordings',
    short: 'Recordings',
    description: 'Voice, audio or video recordings are kept, reviewed by people or used for training.',
  },
} as const;

/** How a setting behaves for someone who never touched it. */
export const defaultStates = {
  on: { label: 'On by default', short: 'On', description: 'Sharing happens unless you switch it off.' },
  off: { label: 'Off by default', short: 'Off', description: 'Nothing is shared unless you opt in.' },
  'no-opt-out': {
    label: 'No opt-out',
    short: 'No opt-out',
    description: 'The sharing happens and the platform offers no setting to stop it.',
  },
  varies: {
    label: 'Varies',
    short: 'Varies',
    description: 'The default depends on something else, such as account type or age.',
  },
} as const;

/** Where a reader can switch a setting off. */
export const surfaces = {
  web: 'Web',
  ios: 'iOS',
  android: 'Android',
  desktop: 'Desktop app',
  form: 'Form',
  email: 'Email',
} as const;

/** How sure the guide is of a setting, given its sources. */
export const confidenceLevels = {
  high: 'High: the platform’s own current page states it',
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
export type SurfaceId = keyof typeof surfaces;
export type ConfidenceLevel = keyof typeof confidenceLevels;
export type RegionCode = keyof typeof regions;

export const categoryIds = Object.keys(categories) as [CategoryId, ...CategoryId[]];
export const defaultStateIds = Object.keys(defaultStates) as [DefaultState, ...DefaultState[]];
export const surfaceIds = Object.keys(surfaces) as [SurfaceId, ...SurfaceId[]];
export const confidenceIds = Object.keys(confidenceLevels) as [ConfidenceLevel, ...ConfidenceLevel[]];
export const regionCodes = Object.keys(regions) as [RegionCode, ...RegionCode[]];
