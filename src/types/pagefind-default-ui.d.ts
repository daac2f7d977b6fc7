// @pagefind/default-ui ships no types; only what src/scripts/search-page.ts uses.
declare module '@pagefind/default-ui' {
  export class PagefindUI {
    constructor(options: Record<string, unknown>);
    triggerSearch(term: string): void;
  }
}
