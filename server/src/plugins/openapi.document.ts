/**
 * The OpenAPI document without a running platform: the app is built with the
 * default configuration and a database handle that never connects (building
 * routes reads nothing), asked for its document, and closed. For `yrd openapi`
 * (Redocly lint in CI, the web's generated types) and the document's tests.
 */
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { DataChanges } from '../db/data-changes.ts';
import { connect } from '../db/database.ts';
import { ManualClock } from '../shared/clock.ts';

export type OpenApiDocument = Record<string, unknown> & { paths: Record<string, Record<string, Record<string, unknown>>> };

export async function buildOpenApiDocument(): Promise<OpenApiDocument> {
  const db = connect('postgres://nobody@127.0.0.1:9/none', { maxConnections: 1 });
  const config = { ...loadConfig({}), webDistDir: '/nonexistent', worker: false };
  const app = await buildApp({ db, clock: new ManualClock('2026-01-01T00:00:00.000Z'), config, dataChanges: new DataChanges() });
  try {
    await app.ready();
    return JSON.parse(JSON.stringify(app.swagger())) as OpenApiDocument;
  } finally {
    await app.close();
    await db.destroy();
  }
}

/** Where the web UI's generated API types live. */
export const WEB_TYPES_FILE = 'web/src/api/generated/openapi.d.ts';

const HEADER = `/**
 * GENERATED from the server's OpenAPI document by \`npm run openapi:types\` (openapi-typescript).
 * Do not edit: change the server's schemas and regenerate. A test fails when this file is out of date.
 */
`;

/** The TypeScript types of the document, as written to WEB_TYPES_FILE. */
export async function webTypesOf(document: OpenApiDocument): Promise<string> {
  // Loaded here, not at the top: openapi-typescript is a development tool, and every CLI command
  // (`yrd start` too) loads this file, so a production install (`npm ci --omit=dev`) must not need it.
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0], { alphabetize: false, exportType: true });
  return HEADER + astToString(ast);
}
