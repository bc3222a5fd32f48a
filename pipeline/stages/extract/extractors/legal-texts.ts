/**
 * Legal texts cited in the prose: « décret n° 2019-1088 du 25 octobre 2019 relatif à … », « arrêté du 9 août 2019
 * portant … », « circulaire du Premier ministre du 26 mai 2021 », « loi n° 2016-1321 du 7 octobre 2016 pour une
 * République numérique », « directive (UE) 2016/2102 », « règlement (UE) 2016/679 ».
 * Reads: doc.text (through the shared clean copy). Writes: one `legal-text` fact per mention (normalise merges).
 *
 * A mention needs a number, a date, or a title introduced by « relatif à / portant / pris pour » (and « pour »
 * after « loi »): a bare « la circulaire » or « le règlement » names nothing identifiable and is skipped.
 */
import type { DateValue, Extractor, Fact, FactData, LegalTextType, SourceDocument } from '../../../types/domain.ts';
import { parseDates, type DateMention } from '../dates.ts';
import { codePointBefore, execAfterBoundary, lineEndAt, prepared } from '../text.ts';
import { factAt } from '../fact.ts';

export interface LegalTextMention {
  start: number;
  end: number;
  type: LegalTextType;
  number: string | null;
  date: DateValue | null;
  title: string | null;
}

const TYPE_WORDS: Array<[LegalTextType, string]> = [
  ['décret', 'd[ée]cret(?:-loi)?'],
  ['arrêté', 'arr[êe]t[ée]'],
  ['loi', 'loi'],
  ['ordonnance', 'ordonnance'],
  ['circulaire', 'circulaire'],
  ['instruction', 'instruction'],
  ['directive', 'directive'],
  ['règlement', 'r[èe]glement'],
  ['délibération', 'd[ée]lib[ée]ration'],
];

// Preceded by no word character (checked by execAfterBoundary) and not glued to a word by a dash: a dash glued
// to the word is a list marker (« -Décret n° … »), not a compound (« pré-décret »).
const KEYWORD = new RegExp(`(?:${TYPE_WORDS.map(([, p]) => `(${p})`).join('|')})(?![\\p{L}\\p{N}_-])`, 'giu');
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** The lookbehind `(?<![\p{L}\p{N}]-)`. */
const notAfterGluedDash = (s: string, i: number) => !(s[i - 1] === '-' && LETTER_OR_DIGIT.test(codePointBefore(s, i - 1)));

/** Words that may follow the type word before the number or date (« décret en Conseil d'État n° … »). */
const MODIFIER =
  /^\s+(?:simple|en\s+Conseil\s+d'[ÉE]tat|organique|constitutionnelle|interminist[ée]riel(?:le)?|minist[ée]riel(?:le)?|conjoint|g[ée]n[ée]rale\s+interminist[ée]rielle|d'ex[ée]cution|d[ée]l[ée]gu[ée]e?|de\s+finances(?:\s+rectificative)?(?:\s+pour\s+(?:19|20)\d\d)?|de\s+programmation(?:\s+militaire)?|europ[ée]en(?:ne)?|communautaire|[\p{L}\p{N}]+(?=\s*(?:\(\s*(?:UE|CE|CEE)\s*\)|n\s*[°º])))(?![\p{L}])/iu;
const EU_MARK = /^\s*\(\s*(?:UE|CE|CEE|UE\s*,\s*Euratom)\s*\)/iu;
/** After « n° »: digits first (« 2019-1088 », « 6264/SG ») or a registration code with digits (« PRMX1801234A »). */
// (A number may open with its issuer's letters: « n° DGS/2024/12 ».)
const NUMBER_WITH_MARK = /^\s*(?:n\s*[°ºo]\.?|N°|numéro)\s*:?\s*((?=[0-9A-Z]*(?:[-/.][0-9A-Z]+)*[-/.]?[0-9])[0-9A-Z][0-9A-Za-z]*(?:[-/.][0-9A-Za-z]+)*)/u;
const NUMBER_BARE = /^\s+(\d{2,4}[-/]\d{1,5}(?:[-/][A-Z]{1,5})?)(?![\p{L}\p{N}])/u;
/** An issuer right before « n° » (« du Premier ministre », « de la ministre chargée du numérique »). */
const ISSUER_BEFORE_NUMBER = /^\s+(?:du|de\s+la|de\s+l')\s*[^,;.:()\n«»]{2,70}?(?=\s+(?:n\s*[°º]|N°))/u;
/** Between the number (or type word) and the date: an optional issuer, then « du » / « en date du ». */
// (An issuer whose title enumerates with commas, « du Premier ministre et de la ministre du Travail, de l'Emploi et de
// la Formation professionnelle », only before « en date du », which says the date is the act's.)
const DATE_GAP =
  /^\s*,?\s*(?:(?:(?:du|de\s+la|de\s+l'|des|de|d')\s*[^,;.:()\n«»]{1,80}?\s+)?(?:du|en\s+date\s+du|de|d')|(?:du|de\s+la|de\s+l')\s*[^;.:()\n«»]{1,160}?\s+en\s+date\s+du)\s*$/iu;
const DAY_GAP = /(?:du|en\s+date\s+du)\s*$/iu;
/** How every DATE_GAP match begins (same flags). */
const DATE_GAP_START = /^\s*,?\s*(?:du|de|d'|en\s+date\s+du)/iu;

const TITLE_INTRO =
  /^\s*,?\s*(relati(?:f|ve|fs|ves)\s+(?:à|a|au|aux)|portant(?!\s+sur)|pris(?:e)?\s+(?:pour\s+l'application|en\s+application|pour\s+application)|fixant|modifiant|instituant|cr[ée]ant|autorisant|organisant|habilitant|concernant|tendant\s+(?:à|a)|visant\s+(?:à|a)|pour|sur)(?![\p{L}])/iu;
/** Verbs that follow a cited text used as a subject (« la loi … impose … »): the title stops before them. */
const TITLE_STOP_VERBS = [
  'a', 'ont', 'avait', 'avaient', 'est', 'sont', 'était', 'étaient', 'sera', 'seront', 'fut', 'fait', 'font',
  'impose', 'imposent', 'imposait', 'prévoit', 'prévoient', 'prévoyait', 'dispose', 'disposent', 'précise',
  'précisent', 'instaure', 'instaurent', 'confie', 'confient', 'encourage', 'encouragent', 'définit', 'définissent',
  'permet', 'permettent', 'permettait', 'oblige', 'obligent', 'vise', 'visent', 'consacre', 'consacrent',
  'introduit', 'renforce', 'renforcent', 'affirme', 'rend', 'rendent', 'étend', 'énonce', 'établit', 'institue',
  'autorise', 'demandent', 'exige', 'garantit', 'reconnaît', 'donne', 'prescrit', 'interdit',
  'transpose', 'régit', 'encadre', 'crée', 'créent', 'entre\\s+en\\s+vigueur', 'entrera', "s'applique", 'prend',
  'organise', 'rattache', 'transfère', 'remplace', 'supprime', 'abroge', 'modifie',
].join('|');

/** Where a title ends (the clause goes on with something else). */
const TITLE_STOP = new RegExp(
  [
    '[;:!?\\n()\\[\\]]',
    // A full stop, not the dot of a civility (« portant nomination de M. X »).
    '(?<![\\s(](?:M|MM|Mme|Mlle))\\.(?=\\s|$)',
    ",(?!\\s*(?:à|au|aux)\\s)",
    `\\s(?=(?:${TITLE_STOP_VERBS}|modifi[ée]e?s?|abrog[ée]e?s?|compl[ée]t[ée]e?s?|pris|prise|qui|dont|lequel|laquelle|(?:et\\s+)?(?:le|la|l'|les|du|au|aux|par\\s+le|par\\s+la|par\\s+l')\\s*(?:d[ée]cret|arr[êe]t[ée]|loi|ordonnance|circulaire|instruction|directive|r[èe]glement|d[ée]lib[ée]ration))(?![\\p{L}]))`,
  ].join('|'),
  'iu',
);
const MAX_TITLE = 250;

// The legal-texts and figures extractors both read a whole document's mentions: the last such result is kept
// (callers read it, never mutate it).
let lastWhole: { clean: string; ref: string | null; found: LegalTextMention[] } | null = null;

/** Finds legal-text mentions in clean[from, to). `ref` (document date) is passed on to the date parser. */
export function findLegalTexts(clean: string, from: number, to: number, ref: string | null): LegalTextMention[] {
  if (from !== 0 || to !== clean.length) return legalTextsIn(clean, from, to, ref);
  if (lastWhole?.clean !== clean || lastWhole.ref !== ref) lastWhole = { clean, ref, found: legalTextsIn(clean, from, to, ref) };
  return lastWhole.found;
}

function legalTextsIn(clean: string, from: number, to: number, ref: string | null): LegalTextMention[] {
  const out: LegalTextMention[] = [];
  const s = clean.slice(0, to);
  KEYWORD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = execAfterBoundary(KEYWORD, s, notAfterGluedDash)) !== null) {
    const index = m.slice(1).findIndex((g) => g !== undefined);
    const type = TYPE_WORDS[index]![0];
    const start = m.index;
    let pos = start + m[0].length;
    let end = pos;

    const mod = MODIFIER.exec(s.slice(pos, pos + 80));
    if (mod) pos += mod[0].length;
    let eu = false;
    const euMark = EU_MARK.exec(s.slice(pos, pos + 30));
    if (euMark) {
      pos += euMark[0].length;
      eu = true;
    }

    // « circulaire du Premier ministre n° 6264/SG du … »: the issuer may stand between the type word and the number.
    const issuer = ISSUER_BEFORE_NUMBER.exec(s.slice(pos, pos + 90));
    if (issuer) pos += issuer[0].length;
    let number: string | null = null;
    const tail = s.slice(pos, pos + 60);
    const num = NUMBER_WITH_MARK.exec(tail) ?? NUMBER_BARE.exec(tail) ?? (eu ? /^\s*(\d{2,4}\/\d{1,5}(?:\/[A-Z]{2,5})?)/u.exec(tail) : null);
    if (num) {
      number = num[1]!;
      pos += num[0].length;
      end = pos;
    }

    let date: DateMention | null = null;
    const window = Math.min(to, pos + 140);
    // DATE_GAP needs « du / de / d' / en date du » first: without it, no date can be taken (nor parsed).
    const firstDate = DATE_GAP_START.test(s.slice(pos, window)) ? parseDates(clean, pos, window, ref)[0] : undefined;
    if (firstDate && firstDate.value.precision !== 'period') {
      const gap = s.slice(pos, firstDate.start);
      const dayLike = firstDate.value.precision === 'day';
      if (DATE_GAP.test(gap) && (dayLike ? DAY_GAP.test(gap) : /(?:de|d')\s*$/iu.test(gap) && !/\s/.test(gap.trim()))) {
        date = firstDate;
        pos = firstDate.end;
        end = pos;
      }
    }

    let title: string | null = null;
    const intro = TITLE_INTRO.exec(s.slice(pos, pos + 60));
    const introWord = intro?.[1]?.toLowerCase() ?? '';
    const introOk =
      intro !== null &&
      (introWord !== 'pour' || (type === 'loi' && /^\s*(?:un|une|le|la|l'|les|des)\s/iu.test(s.slice(pos + intro[0].length)))) &&
      (introWord !== 'sur' ||
        ((type === 'circulaire' || type === 'instruction' || type === 'arrêté') &&
          // « la circulaire sur l'usage du logiciel libre »: the definite article points at one text.
          (number !== null || date !== null || /(?:^|\s)(?:la|le|l')\s*$/iu.test(s.slice(Math.max(0, start - 4), start)))));
    if (intro && introOk) {
      const tStart = pos + intro[0].length - intro[1]!.length;
      const rest = s.slice(tStart + intro[1]!.length, Math.min(to, tStart + MAX_TITLE + 40));
      const stop = TITLE_STOP.exec(rest);
      let tEnd = tStart + intro[1]!.length + (stop ? stop.index : rest.length);
      if (tEnd - tStart > MAX_TITLE) {
        const cut = s.lastIndexOf(' ', tStart + MAX_TITLE);
        tEnd = cut > tStart ? cut : tStart + MAX_TITLE;
      }
      while (tEnd > tStart && /[\s,.'’-]/.test(s[tEnd - 1]!)) tEnd--;
      const text = s.slice(tStart, tEnd).replace(/\s+/g, ' ').trim();
      // A title is more than its introducer.
      if (text.length > intro[1]!.length + 2) {
        title = text;
        end = tEnd;
      }
    }

    const definite = /(?:^|\s)(?:la|le|l')\s*$/iu.test(s.slice(Math.max(0, start - 4), start));
    const strongTitle = title !== null && (!/^(?:sur|concernant|d[ée]finissant)\b/iu.test(title) || definite);
    if (number === null && date === null && !strongTitle) continue;
    out.push({ start, end, type, number, date: date ? date.value : null, title });
    KEYWORD.lastIndex = Math.max(KEYWORD.lastIndex, number !== null || date !== null ? (date?.end ?? end) : start + m[0].length);
  }
  return out;
}

/** A text that speaks of itself: « la présente circulaire », « la presente instruction » (OCR without accents). */
const THIS_ACT = /(?<![\p{L}])(?:la|cette)\s+pr[ée]sente\s+(circulaire|instruction)(?![\p{L}])/iu;
/** A letter's header: the place and day it is written (« Paris, le 14 janvier 2026 »), then its number (« N° 6471/SG »). */
const LETTER_DAY = /^[ \t]*\p{Lu}[\p{L}' -]{1,40},[ \t]+le[ \t]+/mu;
const LETTER_NUMBER = /^[ \t]*N[°º][ \t]*(\d[\w.]*\/[A-Z]{2,8})[ \t]*$/mu;
/** How far into a text its header may run. */
const HEADER_REACH = 1500;

/**
 * The act a text is, when it says « la présente circulaire » and heads itself as a letter does: its number and the
 * day written above it (« Paris, le 14 janvier 2026 ⏎ N° 6471/SG »); undefined otherwise.
 */
function thisAct(clean: string, reference: SourceDocument['date']): LegalTextMention | undefined {
  const self = THIS_ACT.exec(clean);
  const header = clean.slice(0, HEADER_REACH);
  const day = LETTER_DAY.exec(header);
  const number = LETTER_NUMBER.exec(header);
  if (!self || !day || !number || self.index < number.index) return undefined;
  const date = parseDates(clean, day.index, lineEndAt(clean, day.index), reference).find((d) => d.value.precision === 'day');
  if (!date || date.start !== day.index + day[0].length) return undefined;
  const [start, end] = [Math.min(date.start, number.index), Math.max(date.end, number.index + number[0].length)];
  return { start, end, type: self[1]!.toLowerCase() as LegalTextType, number: number[1]!, date: date.value, title: null };
}

/** The legal-texts extractor: one fact per mention, and the text itself when it is a circular or an instruction. */
export const legalTextsExtractor: Extractor = {
  id: 'legal-texts',
  version: 6,
  extract(doc: SourceDocument) {
    const p = prepared(doc.text);
    const self = thisAct(p.clean, doc.date);
    const facts: Fact[] = [...(self ? [self] : []), ...findLegalTexts(p.clean, 0, p.clean.length, doc.date)].map((l) => {
      const data: FactData = { kind: 'legal-text', type: l.type, number: l.number, date: l.date, title: l.title };
      return factAt(doc, 'legal-texts', l.start, l.end, data);
    });
    return { facts, issues: [] };
  },
};
