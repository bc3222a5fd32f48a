/**
 * Small helpers shared by the site renderers (pure): HTML escaping, JSON safe to embed in a <script> element,
 * and a deterministic text order (the same on every machine, unlike locale collation).
 */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and for double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string);
}

/**
 * JSON for a `<script type="application/json">` element: `<` is written `\u003c` so that no `</script>` or
 * `<!--` inside a quote can end the element early; U+2028/2029 are escaped for older parsers. JSON.parse gives
 * back exactly the same value.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Lower case without diacritics: the key for comparing and filtering French text. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Deterministic order of labels: folded text first, then the raw text (code units), never the locale. */
export function compareText(a: string, b: string): number {
  const fa = foldText(a);
  const fb = foldText(b);
  if (fa !== fb) return fa < fb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Flat asset name of a dist path, as the publish stage names release assets (`schemas/x.json` → `schemas--x.json`). */
export function flatAssetName(relPath: string): string {
  return relPath.split('/').join('--');
}
