/**
 * Contacts: e-mail addresses, plain (« x@y.gouv.fr »), in `mailto:` links, or obfuscated (« prenom.nom [at]
 * x.gouv.fr », « x (at) y (dot) fr », « x arobase y.fr »).
 * Reads: doc.text (the original: markdown link targets are blanked in the clean copy); the front matter and code
 * blocks are skipped. Writes: one `contact` fact per occurrence; the `mailto:` target of a link whose text is the
 * same address is not counted twice.
 *
 * `organisation` is set only from a « Contact : … » line that names a unit besides the address (« Contact :
 * Mission X – x@y.fr », « Contact DSIN : x@y.fr »); otherwise null (a post-pass attaches the nearest unit).
 */
import { lastBelow } from '../spans.ts';
import type { Extractor, Fact, FactData, OrgRef, SourceDocument } from '../../../types/domain.ts';
import { codePointBefore, cleanCopyMoves, prepared } from '../text.ts';
import { factAt } from '../fact.ts';

// ASCII addresses (what the published `email` format accepts); the top-level domain must end the token, so that
// « x@y.frprès » (a glued word) is not read as an address.
const LOCAL = '[A-Za-z0-9._%+-]+';
const DOMAIN = '[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,24}(?![\\p{L}\\p{N}-]|\\.[\\p{L}\\p{N}])';
const AT = '(?:\\s*[\\[({]\\s*(?:at|arobase|@)\\s*[\\])}]\\s*|\\s+arobase\\s+)';
const DOT = '(?:\\.|\\s*[\\[({]\\s*(?:dot|point)\\s*[\\])}]\\s*)';
const OBFUSCATED = new RegExp(`(?<![\\p{L}\\p{N}._%+-])(${LOCAL})${AT}([\\p{L}\\p{N}-]+(?:${DOT}[\\p{L}\\p{N}-]+)+)`, 'giu');
/** A part of AT that every OBFUSCATED match contains (same flags): without it, the regex need not run. */
const AT_PART = /[[({]\s*(?:at|arobase|@)\s*[\])}]|arobase/iu;

const LOCAL_CHAR = /^[A-Za-z0-9._%+-]$/;
const ADDRESS_CHAR = /^[\p{L}\p{N}._%+-]$/u;
const DOMAIN_AT = new RegExp(`(?:${DOMAIN})`, 'uy');

/**
 * The matches of `/(?<![\p{L}\p{N}._%+-])(LOCAL)@(DOMAIN)/gu`, in order, found from the « @ » signs instead of
 * trying the lookbehind at every position. The local part of a match is the whole run of LOCAL characters before
 * its « @ » (a start inside the run has a LOCAL character behind it); the run must not follow a letter, digit
 * or address sign, nor start before the end of the previous match (whose last character is a LOCAL one).
 */
function emailMatches(text: string): Array<{ index: number; local: string; domain: string }> {
  const out: Array<{ index: number; local: string; domain: string }> = [];
  let lastEnd = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let runStart = at;
    while (runStart > 0 && LOCAL_CHAR.test(text[runStart - 1]!)) runStart--;
    if (runStart === at || runStart < lastEnd || ADDRESS_CHAR.test(codePointBefore(text, runStart))) continue;
    DOMAIN_AT.lastIndex = at + 1;
    const domain = DOMAIN_AT.exec(text);
    if (!domain) continue;
    out.push({ index: runStart, local: text.slice(runStart, at), domain: domain[0] });
    lastEnd = at + 1 + domain[0].length;
  }
  return out;
}

const ORG_START =
  /^(?:(?:la|le|l')\s*)?((?:sous-)?direction|délégation|département|mission|pôle|service|agence|secrétariat|bureau|cellule|brigade|incubateur|programme|conseil|comité|commission|inspection|observatoire|centre|équipe|réseau|fabrique|laboratoire|institut|autorité|ministère)(?![\p{L}])/iu;
const CONTACT_LABEL =
  /^(?:contacts?|courriel|e-?mail|mél|mel|mail|adresse\s+(?:électronique|e-?mail|mail)|écrire\s+à|nous\s+écrire|pour\s+(?:toute\s+question|nous\s+contacter|contacter)[^:]*)(?![\p{L}])/iu;

const FILE_EXTENSIONS = /^(?:png|jpe?g|gif|svg|webp|bmp|ico|pdf|css|js|html?|php|docx?|xlsx?|odt|ods|zip|txt)$/i;

/** Blocks that are not prose: fenced code and HTML comments. */
function skippedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  // Front matter is kept: a press contact or an author's address there is a contact of the page.
  for (const m of text.matchAll(/```[\s\S]*?```|<!--[\s\S]*?-->/g)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

function inside(spans: Array<[number, number]>, pos: number): boolean {
  return spans.some(([a, b]) => pos >= a && pos < b);
}

function trimAddress(local: string, domain: string): { local: string; domain: string } | null {
  const d = domain.replace(/[.-]+$/, '');
  const l = local.replace(/^[.'-]+/, '');
  const tld = d.split('.').pop() ?? '';
  if (!/^\p{L}{2,}$/u.test(tld) || !l || l.endsWith('.') || !d.includes('.')) return null;
  // « logo@2x.png »: a file name, not an address.
  if (FILE_EXTENSIONS.test(tld)) return null;
  return { local: l, domain: d };
}

/** The text of the link a `mailto:` target belongs to (markdown label or HTML anchor text), or null. */
function linkTextAround(text: string, start: number): string | null {
  const before = text.slice(Math.max(0, start - 400), start);
  const md = /\[([^\]\n]*)\]\(\s*<?mailto:$/iu.exec(before);
  if (md) return md[1]!;
  if (/href\s*=\s*["']mailto:$/iu.test(before)) {
    const after = text.slice(start, start + 400);
    const a = /^[^"']*["'][^>]*>([\s\S]*?)<\/a>/iu.exec(after);
    return a ? a[1]! : null;
  }
  return null;
}

/** A line of the text holding addresses, and what organisationOnLine reads of it (computed once per line). */
interface ContactLine {
  start: number;
  /** Where it ends (its line break, or the text's end). */
  end: number;
  text: string;
  /** Whether it opens with a contact label (« Contact : », « Écrire à »), its marks and emphasis aside. */
  labelled?: boolean;
  /** Where its segment separators stand (« · », « | », « ; », « • »). */
  separators?: number[];
}

function lineAround(text: string, pos: number): ContactLine {
  const start = text.lastIndexOf('\n', pos - 1) + 1;
  const nl = text.indexOf('\n', pos);
  const end = nl < 0 ? text.length : nl;
  return { start, end, text: text.slice(start, end) };
}

/**
 * A unit named on a « Contact : … » line, besides the addresses. With several addresses on the line
 * (« Contacts : A · x@y ; B : z@t »), the segment holding this address (`at`, offset in the line) is read.
 */
function organisationOnLine(contactLine: ContactLine, at: number): OrgRef | null {
  // (What depends on the line alone is read once: a line of a thousand addresses was read whole for each.)
  const line = contactLine.text;
  if (!(contactLine.labelled ??= CONTACT_LABEL.test(line.replace(/^[\s>*+\-•#]+/u, '').replace(/\*\*|__/g, '')))) return null;
  const separators = (contactLine.separators ??= [...line.matchAll(/[·|;•]/g)].map((m) => m.index));
  // The segment between the separators around the address.
  const next = lastBelow(separators, at, (n) => n) + 1;
  const segStart = next > 0 ? separators[next - 1]! + 1 : 0;
  const segEnd = next < separators.length ? separators[next]! : line.length;
  const segment = line.slice(segStart, segEnd);
  let rest = (segStart === 0 ? segment : `Contact : ${segment}`)
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__/g, ' ')
    .replace(/^[\s>*+\-•#]+/u, '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/[’]/g, "'");
  const label = CONTACT_LABEL.exec(rest);
  if (!label) return null;
  rest = rest.slice(label[0].length);
  rest = rest
    .replace(new RegExp(`(?:mailto:)?${LOCAL}(?:@|${AT})${DOMAIN}`, 'giu'), ' ')
    .replace(/\b(?:par\s+(?:courriel|e-?mail|mail|mél)|à\s+l'adresse(?:\s+suivante)?|sur|via)\b/giu, ' ')
    .replace(/\(Ouvre une nouvelle fenêtre\)/giu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s:;,.\-–—|()]+|[\s:;,.\-–—|(]+$/gu, '')
    .trim();
  if (!rest) return null;
  const acronymOnly = /^[\p{Lu}][\p{Lu}\p{N}]{1,9}$/u;
  if (acronymOnly.test(rest) || /^[\p{Lu}]{2,}[\p{L}\p{N}]{0,6}$/u.test(rest)) return { acronym: rest };
  if (ORG_START.test(rest) && rest.length <= 120 && !/[:;]/.test(rest)) {
    const name = rest.replace(/^(?:la|le|l')\s*/iu, '');
    const acr = /^(.*?)\s*\(\s*([\p{Lu}][\p{L}\p{N}]{1,9})\s*\)$/u.exec(name);
    if (acr) return { name: acr[1]!, acronym: acr[2]! };
    return { name: name.replace(/[\s)]+$/, '') };
  }
  return null;
}

/** The contacts extractor. */
export const contactsExtractor: Extractor = {
  id: 'contacts',
  version: 4,
  extract(doc: SourceDocument) {
    // (An agenda's export, a subtitle file: addresses read unfolded or joined, the events' identifiers (« UID:…@… ») blanked.)
    const text = cleanCopyMoves(doc.text) ? prepared(doc.text).clean : doc.text;
    const skipped = skippedSpans(text);
    const found: Array<{ start: number; end: number; email: string }> = [];
    for (const m of emailMatches(text)) {
      if (inside(skipped, m.index)) continue;
      const t = trimAddress(m.local, m.domain);
      if (!t) continue;
      const start = m.index + (m.local.length - t.local.length);
      const email = `${t.local}@${t.domain}`;
      const end = start + email.length;
      // The `mailto:` target of a link whose text is the same address.
      if (/mailto:$/i.test(text.slice(Math.max(0, start - 7), start))) {
        const label = linkTextAround(text, start);
        if (label !== null && label.toLowerCase().includes(email.toLowerCase())) continue;
      }
      found.push({ start, end, email });
    }
    for (const m of AT_PART.test(text) ? text.matchAll(OBFUSCATED) : []) {
      if (inside(skipped, m.index) || found.some((f) => m.index < f.end && f.start < m.index + m[0].length)) continue;
      const domain = m[2]!.replace(new RegExp(DOT, 'giu'), '.');
      const t = trimAddress(m[1]!, domain);
      if (!t) continue;
      const start = m.index + (m[1]!.length - t.local.length);
      let end = m.index + m[0].length;
      while (end > start && /[.-]/.test(text[end - 1]!)) end--;
      found.push({ start, end, email: `${t.local}@${t.domain}` });
    }
    found.sort((a, b) => a.start - b.start);
    // (The addresses in order: the line of the last one is kept for the next.)
    let line: ContactLine | undefined;
    const facts: Fact[] = found.map((f) => {
      if (!line || f.start < line.start || f.start >= line.end) line = lineAround(text, f.start);
      const data: FactData = { kind: 'contact', email: f.email.toLowerCase(), organisation: organisationOnLine(line, f.start - line.start) };
      return factAt(doc, 'contacts', f.start, f.end, data);
    });
    return { facts, issues: [] };
  },
};
