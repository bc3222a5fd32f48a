/**
 * The "Sources" disclosure of a record (pure): a <details> naming its facts; the quotes themselves are filled in
 * by the page script from the embedded `facts` data when it is opened, so the page does not carry them twice.
 */
import { escapeHtml } from './html.ts';

/** Summary text of a disclosure of n quotes (French, with plural). */
export function quotesSummary(n: number): string {
  return n === 1 ? '1 citation' : `${n} citations`;
}

/** `<details>` for a record's fact ids (the same markup the page script builds for table rows). */
export function renderQuotesDetails(factIds: readonly string[]): string {
  if (factIds.length === 0) return '';
  return (
    `<details class="quotes" data-facts="${escapeHtml(factIds.join(' '))}">` +
    `<summary>Sources : ${quotesSummary(factIds.length)}</summary>` +
    `<div class="quotes-body"><p>Les citations s'affichent avec JavaScript ; elles sont aussi dans facts.csv.</p></div>` +
    `</details>`
  );
}
