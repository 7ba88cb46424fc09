import { addDocument } from '../../src/modules/archive';
import { createCooperation } from '../../src/modules/cooperations';
import { systemActor } from '../../src/platform/authz';
import { execute } from '../../src/platform/command';
import type { Db } from '../../src/platform/db/database';
import { SEARCH_CORPUS } from './search-corpus';

/** Archives SEARCH_CORPUS in a new cooperation; returns the cooperation and the corpus keys by document id and back. */
export async function archiveSearchCorpus(db: Db) {
  const system = systemActor('cli');
  const keyOf = new Map<number, string>();
  const idOf = new Map<string, number>();
  const { id: cooperationId } = await execute(db, createCooperation, system, {
    slug: 'sokekorpus', name: 'Søkekorpus (testdata)', legal_form: 'political_council', status: 'active',
  });
  for (const d of SEARCH_CORPUS) {
    const { id } = await execute(db, addDocument, system, {
      cooperation_id: cooperationId, kind: d.seed ? 'source' : 'attachment', title: d.title, document_date: d.date,
      is_public: d.isPublic ?? true, text: d.text, language: d.language ?? 'nb',
    });
    keyOf.set(id, d.key);
    idOf.set(d.key, id);
  }
  return { cooperationId, keyOf, idOf };
}
