import type { AppDeps, CallerDeps } from '../../app-deps.ts';
import { acceptFile } from '../../shared/files.ts';
import { isAcceptableText } from '../../shared/text.ts';
import { hasRole } from '../../shared/principal.ts';
import { auditedTransaction, type Trx } from '../audit/audit.usecases.ts';
import { leadScopeOf, mayLead } from '../projects/projects.policies.ts';
import { documentsErrors } from './documents.errors.ts';
import * as repo from './documents.repository.ts';
import type { DocumentOwner } from './documents.repository.ts';

type Deps = Pick<AppDeps, 'db'>;
type WriteDeps = Pick<CallerDeps, 'db' | 'clock' | 'actor' | 'principal'>;

/** A meeting, an agreement or a project keeps at most this many documents. */
export const MAX_DOCUMENTS_PER_RECORD = 50;

function cleanTitle(field: 'titleZh' | 'titleEn', raw: string | undefined): string {
  const title = (raw ?? '').trim();
  if (title.length > 300 || !isAcceptableText(title)) throw documentsErrors.badTitle(field);
  return title;
}

/**
 * Who may add or remove an owner's documents (the owner row is locked and known to exist):
 * the Office for meetings and agreements (the routes let only the Office in); for a project
 * the Office or the liaisons and editors of its lead member, as for editing the project.
 */
async function assertMayManage(trx: Trx, principal: WriteDeps['principal'], owner: DocumentOwner): Promise<void> {
  if (owner.kind !== 'project') {
    if (!hasRole(principal, 'office')) throw documentsErrors.officeOnly();
    return;
  }
  const lead = await repo.projectLead(trx, owner.id);
  if (lead === undefined || !mayLead(leadScopeOf(principal), lead)) throw documentsErrors.notProjectLead();
}

export async function listDocuments(deps: Deps, owner: DocumentOwner) {
  if (!(await repo.ownerExists(deps.db, owner))) throw documentsErrors.ownerNotFound(owner.kind);
  return repo.documentsOf(deps.db, owner);
}

export async function addDocument(
  deps: WriteDeps,
  owner: DocumentOwner,
  upload: { fileName: string; bytes: Buffer; fields: Record<string, string> },
): Promise<string> {
  const file = acceptFile(upload, documentsErrors);
  const titleZh = cleanTitle('titleZh', upload.fields.titleZh);
  const titleEn = cleanTitle('titleEn', upload.fields.titleEn);
  return auditedTransaction(deps, async (trx, audit) => {
    if (!(await repo.lockOwner(trx, owner))) throw documentsErrors.ownerNotFound(owner.kind);
    await assertMayManage(trx, deps.principal, owner);
    if ((await repo.countDocuments(trx, owner)) >= MAX_DOCUMENTS_PER_RECORD) throw documentsErrors.fileCount(MAX_DOCUMENTS_PER_RECORD);
    const id = await repo.insertDocument(trx, {
      meeting_id: owner.kind === 'meeting' ? owner.id : null, agreement_id: owner.kind === 'agreement' ? owner.id : null,
      project_id: owner.kind === 'project' ? owner.id : null,
      title_zh: titleZh, title_en: titleEn, file_name: file.fileName, content_type: file.contentType, size_bytes: file.sizeBytes,
      sha256: file.sha256, content: file.bytes, uploaded_by: deps.actor.userId, uploaded_at: deps.clock.now(),
    });
    audit({
      action: 'document.add', objectType: owner.kind, objectId: owner.id,
      summary: { documentId: id, fileName: file.fileName, titleZh, contentType: file.contentType, sizeBytes: file.sizeBytes, sha256: file.sha256 },
    });
    return id;
  });
}

export async function findDocument(deps: Deps, id: string) {
  const document = await repo.findDocument(deps.db, id);
  if (!document) throw documentsErrors.notFound();
  return document;
}

export async function documentFile(deps: Deps, id: string) {
  const file = await repo.documentContent(deps.db, id);
  if (!file) throw documentsErrors.notFound();
  return file;
}

function ownerOf(d: { meeting_id: string | null; agreement_id: string | null; project_id: string | null }): DocumentOwner {
  if (d.meeting_id) return { kind: 'meeting', id: d.meeting_id };
  if (d.agreement_id) return { kind: 'agreement', id: d.agreement_id };
  return { kind: 'project', id: d.project_id! };
}

export async function deleteDocument(deps: WriteDeps, id: string): Promise<void> {
  await auditedTransaction(deps, async (trx, audit) => {
    const document = await repo.findDocument(trx, id);
    if (!document) throw documentsErrors.notFound();
    const owner = ownerOf(document);
    await repo.lockOwner(trx, owner);
    await assertMayManage(trx, deps.principal, owner);
    await repo.deleteDocument(trx, id);
    audit({ action: 'document.delete', objectType: owner.kind, objectId: owner.id, summary: { documentId: id, fileName: document.file_name, sha256: document.sha256 } });
  });
}
