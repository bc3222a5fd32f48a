/**
 * The I/O edge of the site stage: reads `download_base_url` from config/publication.json when the file exists
 * (the page then also links every file to its published copy). A missing or unreadable file gives no absolute
 * links; checking the settings is the catalogue stage's job (pipeline/stages/catalog/config.ts).
 */
import { readFile } from 'node:fs/promises';
import type { SiteOptions } from './index.ts';

/** Repository-relative path of the publication settings. */
export const PUBLICATION_SETTINGS = new URL('../../../config/publication.json', import.meta.url);

/** Site options from the publication settings (never throws). */
export async function readSiteOptions(file: string | URL = PUBLICATION_SETTINGS): Promise<SiteOptions> {
  try {
    const settings = JSON.parse(await readFile(file, 'utf8')) as { download_base_url?: unknown };
    const url = settings.download_base_url;
    return typeof url === 'string' && /^https?:\/\/\S+$/.test(url) ? { downloadBaseUrl: url } : {};
  } catch {
    return {};
  }
}
