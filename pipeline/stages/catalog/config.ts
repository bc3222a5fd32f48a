/**
 * Publication settings (config/publication.json → PublicationConfig): what the DCAT catalogue says about the
 * publisher, the licence, where the files are downloaded from, how often they change. Checked with zod (it comes
 * from outside the code). `parsePublicationConfig` is pure; `readPublicationConfig` is the I/O edge.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { UsageError } from '../../errors.ts';
import { ETALAB_2_0 } from './catalog.ts';

export { ETALAB_2_0 };

/** Where the GitHub release assets of the latest release are served. */
export const DEFAULT_DOWNLOAD_BASE_URL = 'https://github.com/etat-numerique/etat-numerique/releases/latest/download/';
/** EU Publications Office authority tables (the vocabularies DCAT-AP asks for). */
export const EU_FREQUENCY = 'http://publications.europa.eu/resource/authority/frequency/';
export const EU_LANGUAGE = 'http://publications.europa.eu/resource/authority/language/';
export const EU_DATA_THEME = 'http://publications.europa.eu/resource/authority/data-theme';

/** The committed settings file, relative to the repository root. */
export const PUBLICATION_CONFIG_PATH = 'config/publication.json';

const httpUrl = z.url({ protocol: /^https?$/ });

export const PublicationConfigSchema = z.strictObject({
  catalogue: z.strictObject({
    /** French title of the catalogue. */
    title: z.string().min(1),
    /** French description of the catalogue. */
    description: z.string().min(1),
  }),
  publisher: z.strictObject({
    name: z.string().min(1),
    /** IRI of the publisher (the agent node's @id). */
    uri: httpUrl,
    /** Optional publisher type IRI (ADMS publisher type vocabulary); omitted when unknown rather than guessed. */
    type: z.strictObject({ iri: httpUrl, label: z.string().min(1) }).optional(),
  }),
  /** Licence document IRI of the data (and of the catalogue). */
  licence: httpUrl.default(ETALAB_2_0),
  /** Download URL of a file = this + its release asset name; must end with "/". */
  download_base_url: httpUrl
    .refine((u) => u.endsWith('/'), { message: 'must end with "/" (the asset name is appended)' })
    .default(DEFAULT_DOWNLOAD_BASE_URL),
  /** Web page of the project (catalogue homepage, datasets' landing page). */
  landing_page: httpUrl,
  contact_point: z
    .strictObject({
      name: z.string().min(1),
      url: httpUrl.optional(),
      email: z.email().optional(),
    })
    .refine((c) => c.url !== undefined || c.email !== undefined, { message: 'give a url or an email (or both)' }),
  /** EU frequency vocabulary IRI (e.g. …/frequency/WEEKLY). */
  update_frequency: httpUrl
    .refine((u) => u.startsWith(EU_FREQUENCY), { message: `must be an IRI of ${EU_FREQUENCY}` })
    .default(`${EU_FREQUENCY}WEEKLY`),
  /** EU language vocabulary IRI of the texts and the data (e.g. …/language/FRA). */
  language: httpUrl
    .refine((u) => u.startsWith(EU_LANGUAGE), { message: `must be an IRI of ${EU_LANGUAGE}` })
    .default(`${EU_LANGUAGE}FRA`),
  /** Geographic coverage IRI (e.g. EU country FRA); optional. */
  spatial: httpUrl.optional(),
  /** Themes of every dataset (IRI and French label), e.g. EU data theme GOVE. */
  themes: z.array(z.strictObject({ iri: httpUrl, label: z.string().min(1) })).default([]),
  /** The scheme the themes belong to (catalogue's dcat:themeTaxonomy). */
  theme_taxonomy: z
    .strictObject({ iri: httpUrl, title: z.string().min(1) })
    .default({ iri: EU_DATA_THEME, title: 'Thèmes des données (Office des publications de l’Union européenne)' }),
  /** French keywords of every dataset. */
  keywords: z.array(z.string().min(1)).default([]),
});

export type PublicationConfig = z.output<typeof PublicationConfigSchema>;

/** Checks a parsed JSON value; throws UsageError `publication-config-invalid` naming every bad setting. */
export function parsePublicationConfig(json: unknown, where = PUBLICATION_CONFIG_PATH): PublicationConfig {
  const parsed = PublicationConfigSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
  throw new UsageError('publication-config-invalid', `${where} has ${problems.length} bad setting(s): ${problems.join('; ')}.`, {
    hint: `Fix ${where}; pipeline/stages/catalog/config.ts describes every setting.`,
  });
}

/** Reads and checks config/publication.json (or `file`). Throws UsageError when missing, not JSON, or invalid. */
export async function readPublicationConfig(
  file: string | URL = new URL(`../../../${PUBLICATION_CONFIG_PATH}`, import.meta.url),
): Promise<PublicationConfig> {
  const where = String(file instanceof URL ? file.pathname : file);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError('publication-config-missing', `Could not read the publication settings ${where}.`, {
      hint: `Restore ${PUBLICATION_CONFIG_PATH} from the repository.`,
      cause: error,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError('publication-config-invalid', `${where} is not JSON: ${(error as Error).message}.`, {
      hint: 'Fix the JSON syntax.',
      cause: error,
    });
  }
  return parsePublicationConfig(json, where);
}
