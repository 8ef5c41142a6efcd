import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.ts';
import type * as Vite from 'vite';
import { CliError } from './context.ts';

const WEB_DIR = path.join(projectRoot, 'web');
const DIST_DIR = path.join(WEB_DIR, 'dist');
const STAMP = path.join(DIST_DIR, '.source-hash');

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(full);
    else yield full;
  }
}

/** Hash of everything the web build reads: its sources and the locked dependency versions. */
function sourceHash(): string {
  const hash = createHash('sha256');
  const lock = path.join(projectRoot, 'package-lock.json');
  for (const file of [...sourceFiles(WEB_DIR), lock]) {
    if (!fs.existsSync(file)) continue;
    hash.update(path.relative(projectRoot, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** Builds web/dist with Vite unless it is already built from the current sources. */
export async function ensureWebBuild(options: { ifStale: boolean }): Promise<void> {
  const hash = sourceHash();
  if (options.ifStale && fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8') === hash) return;
  const vite = await importVite();
  if (!vite) {
    // A production install (`npm ci --omit=dev`) has no Vite: it serves the web build shipped with the package.
    if (fs.existsSync(path.join(DIST_DIR, 'index.html'))) {
      if (!options.ifStale) throw new CliError('Vite is not installed (a production install): the web UI can only be built in a full install (`npm ci`).');
      console.log('· Web UI: serving the build shipped in web/dist (Vite is not installed, so it is not rebuilt here)');
      return;
    }
    throw new CliError(
      'web/dist is missing and Vite is not installed (`npm ci --omit=dev`): build the web UI before packaging ' +
        '(`npm ci && npm run build:web`, then ship web/dist with the package), or install with development dependencies.',
    );
  }
  console.log('· Building the web UI (once per change of web sources; about a minute on 2 cores)…');
  const started = Date.now();
  const { build } = vite;
  await build({ configFile: path.join(WEB_DIR, 'vite.config.ts'), logLevel: 'warn' });
  fs.writeFileSync(STAMP, hash);
  console.log(`· Web UI built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Vite, or undefined when it is not installed (it is a development dependency). */
async function importVite(): Promise<typeof Vite | undefined> {
  try {
    return await import('vite');
  } catch (error) {
    // Only Vite itself missing means a production install; a broken Vite install is an error to show.
    if ((error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' && /'vite'/.test((error as Error).message)) return undefined;
    throw error;
  }
}
