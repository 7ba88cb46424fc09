import type { Db } from '../../../platform/db/database';
import { parseLocalizedText } from '../../../platform/i18n';
import { historyOrder } from '../status-on';
import { costKeysOf, serviceById, type ServiceRow } from '../services.repository';
import { participantsOn } from './participants-on';
import { lookups, summariesOn, toStatusView } from './summaries';
import type { ServiceDetail } from './views';

/** One service as of `at`: participants then, the whole status history and every decision, and the years with a cost key. */
export async function serviceDetail(db: Db, id: number, at: string): Promise<ServiceDetail | null> {
  const row = await serviceById(db, id);
  return row ? detailOf(db, row, at) : null;
}

export async function detailOf(db: Db, row: ServiceRow, at: string): Promise<ServiceDetail> {
  const l = await lookups(db, [row], at);
  const [[summary], participants, keys] = await Promise.all([summariesOn(db, [row], at, l), participantsOn(db, row, at), costKeysOf(db, row.id)]);
  const cooperation = l.cooperations.get(row.cooperation_id) ?? { id: row.cooperation_id, slug: '', name: '' };
  return {
    ...summary!,
    cooperation,
    description: parseLocalizedText(row.description),
    legalForm: row.legal_form,
    legalBasis: row.legal_basis,
    agreement: parseLocalizedText(row.agreement),
    agreementHref: row.agreement_href,
    sourceNote: parseLocalizedText(row.source_note),
    at,
    participants,
    history: historyOrder(l.events).map(toStatusView),
    decisions: l.decisions.map(l.toDecision),
    costKeyYears: keys.map((k) => k.year),
  };
}
