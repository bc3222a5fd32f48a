/**
 * The gold annotation files (eval/gold/<set>/<text>.json, format in eval/GOLD-FORMAT.md): schema and parsing.
 * Pure: takes the file's text, returns the parsed gold and the problems found (as values, never thrown).
 */
import { z } from 'zod';

/** A problem met while evaluating (a bad gold file, a missing text, a failed build…): reported, not thrown. */
export interface EvalNote {
  code: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** Gold file or text the note is about, when there is one. */
  file?: string;
}

/** The fact kinds annotated in a gold file, in the order of the format. */
export const GOLD_KEYS = [
  'organisations',
  'events',
  'legal_texts',
  'people',
  'products',
  'contacts',
  'figures',
  'committees',
  'links',
] as const;
export type GoldKey = (typeof GOLD_KEYS)[number];

const text = z.string();
const optionalText = z
  .string()
  .nullable()
  .optional()
  .transform((value) => value ?? null);
const altNames = z
  .array(z.string())
  .optional()
  .transform((value) => value ?? []);
const note = z.string().optional();

const organisation = z
  .object({
    name: optionalText,
    acronym: optionalText,
    type: optionalText,
    parent: optionalText,
    alt_names: altNames,
    note,
  })
  .refine((entry) => entry.name !== null || entry.acronym !== null, {
    message: 'an organisation needs a name or an acronym',
  });

const event = z.object({ date: text, type: text, subject: optionalText, note });
const legalText = z.object({ type: text, number: optionalText, date: optionalText, title: optionalText, note });
const person = z.object({ name: text, role: optionalText, organisation: optionalText, note });
const product = z.object({ name: text, operator: optionalText, alt_names: altNames, note });
const contact = z.object({ email: text, organisation: optionalText, note });
const figure = z.object({ value: z.number(), unit: text, qualifier: optionalText, note });
const committee = z.object({
  name: text,
  frequency: optionalText,
  participants: z
    .array(z.string())
    .optional()
    .transform((value) => value ?? []),
  topics: z
    .array(z.string())
    .optional()
    .transform((value) => value ?? []),
  alt_names: altNames,
  note,
});
const link = z.object({ url: text, title: optionalText, note });

const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .optional()
    .transform((value) => value ?? []);

export const goldSchema = z.object({
  file: text,
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/u, 'sha256 must be 64 lowercase hex digits')
    .nullable()
    .optional()
    .transform((value) => value ?? null),
  annotator: optionalText,
  /** Date of the annotation (ISO day); when absent, the first ISO date found in `annotator`. */
  date: optionalText,
  notes: optionalText,
  organisations: list(organisation),
  events: list(event),
  legal_texts: list(legalText),
  people: list(person),
  products: list(product),
  contacts: list(contact),
  figures: list(figure),
  committees: list(committee),
  links: list(link),
});

export type Gold = z.output<typeof goldSchema>;
export type GoldOrganisation = Gold['organisations'][number];
export type GoldEvent = Gold['events'][number];
export type GoldLegalText = Gold['legal_texts'][number];
export type GoldPerson = Gold['people'][number];
export type GoldProduct = Gold['products'][number];
export type GoldContact = Gold['contacts'][number];
export type GoldFigure = Gold['figures'][number];
export type GoldCommittee = Gold['committees'][number];
export type GoldLink = Gold['links'][number];

/** A gold file as read: where it is (relative to its set's gold folder) and what it says. */
export interface GoldText {
  path: string;
  gold: Gold;
}

/** Parses one gold file. Returns `gold: null` (and an error note) when it cannot be used. */
export function parseGold(path: string, content: string): { gold: Gold | null; notes: EvalNote[] } {
  const notes: EvalNote[] = [];
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return {
      gold: null,
      notes: [
        {
          code: 'gold-invalid-json',
          severity: 'error',
          file: path,
          message: `${path} is not valid JSON (${reason}); fix it and run again`,
        },
      ],
    };
  }
  if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
    const missing = GOLD_KEYS.filter((key) => !(key in data));
    if (missing.length > 0) {
      notes.push({
        code: 'gold-kind-missing',
        severity: 'warning',
        file: path,
        message: `${path} has no ${missing.join(', ')} key: read as empty (GOLD-FORMAT.md asks for every kind, [] when the text states none)`,
      });
    }
  }
  const parsed = goldSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 10)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    notes.push({
      code: 'gold-invalid',
      severity: 'error',
      file: path,
      message: `${path} does not follow eval/GOLD-FORMAT.md (${problems}); the text is left out of the scores`,
    });
    return { gold: null, notes };
  }
  if (parsed.data.sha256 === null) {
    notes.push({
      code: 'gold-sha256-missing',
      severity: 'warning',
      file: path,
      message: `${path} has no sha256: its text is found by file name only, and a changed text goes unnoticed`,
    });
  }
  return { gold: parsed.data, notes };
}

/** The date of an annotation: `date`, else the first ISO day in `annotator`, else null. */
export function goldDate(gold: Gold): string | null {
  if (gold.date !== null && /^\d{4}-\d{2}-\d{2}$/u.test(gold.date)) return gold.date;
  const found = /\b(\d{4}-\d{2}-\d{2})\b/u.exec(gold.annotator ?? '');
  return found?.[1] ?? null;
}
