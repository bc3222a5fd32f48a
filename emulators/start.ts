/**
 * `npm run emulators`: starts the GitHub and udata emulators on free ports of 127.0.0.1 and prints the variables
 * to export so that `etat-numerique publish` talks to them. Stops on Ctrl-C (or after --for SECONDS).
 * The tokens printed are the emulators' own fake credentials, not secrets.
 */
import { parseArgs } from 'node:util';
import { startGithubEmulator } from './github.ts';
import { startUdataEmulator } from './udata.ts';

const { values } = parseArgs({
  options: {
    for: { type: 'string' },
    'allow-jsonld': { type: 'boolean' },
    mutable: { type: 'boolean' },
  },
});

const githubToken = 'emulator-github-token';
const catalogueKey = 'emulator-catalogue-key';
const github = await startGithubEmulator({ token: githubToken, immutableReleases: values.mutable !== true });
const udata = await startUdataEmulator({
  apiKeys: { [catalogueKey]: { user: 'publisher' } },
  ...(values['allow-jsonld'] ? { allowedExtensions: [...(await import('./udata.ts')).DEFAULT_ALLOWED_EXTENSIONS, 'jsonld'] } : {}),
});

const lines = [
  'Emulators running on 127.0.0.1 (requests are kept in memory only):',
  `  GitHub API   ${github.url}   (uploads: ${github.uploadOrigin}, repository etalab/etat-numerique)`,
  `  udata        ${udata.url}   (API ${udata.apiUrl}, organisation ${udata.organization.slug})`,
  '',
  'In another terminal, export these variables, then run `npx etat-numerique publish --dist dist`',
  '(add --dry-run first to see the plan):',
  '',
  `export GITHUB_API_URL=${github.url}`,
  `export GITHUB_TOKEN=${githubToken}`,
  'export GITHUB_REPOSITORY=etalab/etat-numerique',
  `export CATALOGUE_URL=${udata.url}`,
  `export CATALOGUE_API_KEY=${catalogueKey}`,
  `export CATALOGUE_ORGANIZATION=${udata.organization.slug}`,
  'export CATALOGUE_DATASET=etat-numerique',
  '',
  `Browse: ${github.url}/repos/etalab/etat-numerique/releases   ${udata.apiUrl}/organizations/${udata.organization.slug}/datasets/`,
  'Press Ctrl-C to stop.',
];
console.log(lines.join('\n'));

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  const counts = `${github.requests.length} GitHub and ${udata.requests.length} udata requests served`;
  await Promise.all([github.close(), udata.close()]);
  console.log(`\nEmulators stopped (${counts}).`);
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
if (values.for !== undefined) setTimeout(() => void stop(), Number(values.for) * 1000);
