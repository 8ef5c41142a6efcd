import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.ts';
import { buildOpenApiDocument, WEB_TYPES_FILE, webTypesOf } from '../plugins/openapi.document.ts';

function write(file: string, text: string): void {
  const target = path.resolve(projectRoot, file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, text);
  console.error(`· wrote ${path.relative(projectRoot, target)}`);
}

/** `yrd openapi [--out FILE] [--types]`: the OpenAPI document (no database needed), and the web's types from it. */
export async function openApiCommand(options: { out?: string; types?: boolean }): Promise<void> {
  const document = await buildOpenApiDocument();
  if (options.out) write(options.out, `${JSON.stringify(document, null, 2)}\n`);
  if (options.types) write(WEB_TYPES_FILE, await webTypesOf(document));
  if (!options.out && !options.types) process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
}
