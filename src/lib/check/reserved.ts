/** Anchors a setting ID may not take on its guide page (the sections every guide page has). */
import { GUIDE_SECTIONS, INCIDENT_ANCHOR_PREFIX } from '../routes.ts';

export const GUIDE_ANCHORS: readonly string[] = [...Object.values(GUIDE_SECTIONS), '_top'];
export const GUIDE_ANCHOR_PREFIXES: readonly string[] = [INCIDENT_ANCHOR_PREFIX, 'starlight__'];
