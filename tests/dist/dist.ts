/** The built site the dist tests read: $ATLAS_OUT_DIR, or dist. */
export const DIST = process.env.ATLAS_OUT_DIR ?? 'dist';
