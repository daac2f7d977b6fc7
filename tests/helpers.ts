/** Fixture guides, read the way `npm run check` reads real ones. */
export { readGuideFiles as readGuides } from '../src/lib/read-guides.ts';

export const FIXTURES = 'tests/fixtures';
