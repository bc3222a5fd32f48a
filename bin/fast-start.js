// Fast start of the CLI. Run through tsx, a command spends about 0.35 s compiling and loading its ~110 TypeScript
// files one by one through Node's module hooks before doing anything. Instead, the sources are bundled into a
// few JavaScript files under .cache/bundle/ (esbuild, the compiler tsx itself uses), rebuilt when a source file
// changes (its size or modification time, as `make` would see it). Anything unusual (esbuild missing, a
// read-only folder, ETAT_NUMERIQUE_NO_BUNDLE=1) runs the sources through tsx as before: same code, slower start.
import { readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Shape of current.json; bump when it changes. */
const FORMAT = 1;

/** Entry points: the CLI, and the bodies of its worker threads (a body not listed here runs through tsx). */
const ENTRIES = {
  cli: 'pipeline/bundle-entry.ts',
  'worker-main': 'pipeline/shard/worker-main.ts',
  'render-worker-main': 'pipeline/stages/package/render-worker-main.ts',
};

/** Bundles older than this, other than the current one, are removed (a long build may still start threads from its own). */
const KEEP_OLD_MS = 24 * 3600 * 1000;

/**
 * The CLI's `main`: from the bundle (built first if missing or stale), else from the sources through tsx.
 * `root`: the repository; `bundleRoot`: where bundles live (ETAT_NUMERIQUE_BUNDLE_DIR, else .cache/bundle/);
 * `log`: told what was decided (on stderr with ETAT_NUMERIQUE_DEBUG_START=1).
 */
export async function loadCli({
  root = fileURLToPath(new URL('..', import.meta.url)),
  env = process.env,
  bundleRoot = env.ETAT_NUMERIQUE_BUNDLE_DIR || path.join(root, '.cache', 'bundle'),
  log = env.ETAT_NUMERIQUE_DEBUG_START === '1' ? (line) => process.stderr.write(`fast start: ${line}\n`) : () => {},
} = {}) {
  if (env.ETAT_NUMERIQUE_NO_BUNDLE !== '1') {
    try {
      let dir = await currentBundle(root, bundleRoot);
      if (dir) log(`bundle ${path.basename(dir)} is up to date`);
      else {
        const t0 = performance.now();
        dir = await buildBundle(root, bundleRoot);
        log(`bundle ${path.basename(dir)} built in ${Math.round(performance.now() - t0)} ms`);
      }
      const cli = await import(pathToFileURL(path.join(dir, 'cli.js')).href);
      const bodies = {};
      for (const [name, source] of Object.entries(ENTRIES)) {
        if (name !== 'cli') bodies[pathToFileURL(path.join(root, source)).href] = pathToFileURL(path.join(dir, `${name}.js`)).href;
      }
      cli.useCompiledBodies(bodies);
      return cli.main;
    } catch (error) {
      log(`running the sources through tsx (${String(error instanceof Error ? error.message : error).split('\n')[0]})`);
    }
  } else log('running the sources through tsx (ETAT_NUMERIQUE_NO_BUNDLE=1)');
  const { register } = await import('tsx/esm/api');
  register();
  return (await import(pathToFileURL(path.join(root, 'pipeline/cli.ts')).href)).main;
}

/** The folder of the current bundle if every file it was built from is as it was then; else undefined. */
async function currentBundle(root, bundleRoot) {
  let current;
  try {
    current = JSON.parse(await readFile(path.join(bundleRoot, 'current.json'), 'utf8'));
  } catch {
    return undefined;
  }
  if (current?.format !== FORMAT || typeof current.dir !== 'string' || typeof current.inputs !== 'object') return undefined;
  const stamps = await Promise.all(Object.entries(current.inputs).map(async ([file, [size, mtimeMs]]) => {
    const s = await stat(path.join(root, file)).catch(() => undefined);
    return s !== undefined && s.size === size && s.mtimeMs === mtimeMs;
  }));
  const dir = path.join(bundleRoot, current.dir);
  if (!stamps.every(Boolean) || !(await stat(path.join(dir, 'cli.js')).catch(() => undefined))) return undefined;
  return dir;
}

/** Bundles the sources into a new folder of `bundleRoot`, then makes it the current one. */
async function buildBundle(root, bundleRoot) {
  const esbuild = await import('esbuild');
  const name = `${Date.now().toString(36)}-${process.pid}`;
  const dir = path.join(bundleRoot, name);
  // Each file is stamped as it is read: one edited during the build is seen as changed by the next start.
  const inputs = {};
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([entry, source]) => [entry, path.join(root, source)])),
    outdir: dir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'silent',
    plugins: [
      {
        name: 'stamped-sources',
        setup(build) {
          // Packages stay outside the bundle, named by the file Node resolves them to from here: the bundle
          // works from any folder, and loads the very files the sources would.
          build.onResolve({ filter: /^[^./]/ }, ({ path: specifier }) =>
            isBuiltin(specifier) ? { path: specifier, external: true } : { path: import.meta.resolve(specifier), external: true },
          );
          build.onLoad({ filter: /\.(?:ts|mts|js|mjs|json)$/ }, async ({ path: file }) => {
            const s = await stat(file);
            const text = await readFile(file, 'utf8');
            inputs[path.relative(root, file)] = [s.size, s.mtimeMs];
            const loader = file.endsWith('.json') ? 'json' : /\.m?ts$/.test(file) ? 'ts' : 'js';
            // A module finds its neighbours (package.json, schemas/, dist/, worker bodies) from its own URL: the
            // bundled code keeps the URL of the source file it came from.
            return { contents: loader === 'json' ? text : text.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(file).href)), loader };
          });
        },
      },
    ],
  });
  // The packages' files are named in the bundle: a change of the installed packages bundles again.
  for (const file of ['package.json', 'package-lock.json']) {
    const s = await stat(path.join(root, file)).catch(() => undefined);
    if (s) inputs[file] = [s.size, s.mtimeMs];
  }
  const current = path.join(bundleRoot, 'current.json');
  const temp = `${current}.${name}.tmp`;
  await writeFile(temp, JSON.stringify({ format: FORMAT, dir: name, inputs: Object.fromEntries(Object.entries(inputs).sort()) }));
  await rename(temp, current);
  await removeOldBundles(bundleRoot, name).catch(() => undefined);
  return dir;
}

async function removeOldBundles(bundleRoot, keep) {
  for (const entry of await readdir(bundleRoot, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === keep) continue;
    const s = await stat(path.join(bundleRoot, entry.name));
    if (Date.now() - s.mtimeMs > KEEP_OLD_MS) await rm(path.join(bundleRoot, entry.name), { recursive: true, force: true });
  }
}
