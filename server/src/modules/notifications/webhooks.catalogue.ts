/**
 * The webhook event catalogue published to receivers
 * (docs/webhooks/events.schema.json, JSON Schema 2020-12). Loaded here so the
 * tests can hold what the server really sends against what the document
 * promises; the document is the contract, the code must keep to it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { projectRoot } from '../../config.ts';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

export const CATALOGUE_PATH = path.join(projectRoot, 'docs', 'webhooks', 'events.schema.json');

export interface EventCatalogue {
  properties: { event: { enum: string[] } };
  'x-events': Record<string, { payload: string; description: string; recordType?: string }>;
}

let compiled: { schema: EventCatalogue; validate: ValidateFunction } | undefined;

export function eventCatalogue(): { schema: EventCatalogue; validate: ValidateFunction } {
  if (!compiled) {
    const schema = JSON.parse(readFileSync(CATALOGUE_PATH, 'utf8')) as EventCatalogue;
    const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
    ajv.addKeyword('x-events');
    addFormats(ajv);
    compiled = { schema, validate: ajv.compile(schema) };
  }
  return compiled;
}

/** What is wrong with a delivery body against the catalogue; empty when it conforms. */
export function catalogueErrors(body: unknown): string[] {
  const { validate } = eventCatalogue();
  if (validate(body)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
}
