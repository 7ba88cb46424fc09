import type { Context } from 'hono';
import { decodeCsvBytes, importPopulation } from '../../../modules/registry';
import {
  addParticipant,
  applyMerger,
  createFocusArea,
  createService,
  endParticipant,
  participantRecords,
  recordDecision,
  recordStatus,
  serviceBySlugIn,
  setCostKey,
  setMergerRule,
  updateService,
  type ServiceRow,
} from '../../../modules/services';
import { execute } from '../../../platform/command';
import { NotFoundError, ValidationError } from '../../../platform/errors';
import type { AppEnv } from '../../../platform/http/context';
import { services as messages } from '../../locales/services';
import type { OnCooperation } from '../cooperation-kit';
import { localizedInput, type FailedForm } from '../form-kit';
import { idOf, isoDate, postedValues } from '../handler-kit';
import { mayManage, onServices, submit } from './kit';
import { APPLY_MERGER_FORM, MERGER_RULE_FORM } from './merger-section';
import { SERVICES } from './paths';
import { ADD_PARTICIPANT, COST_KEY, DECISION, EDIT, STATUS, endParticipantForm, renderServiceEditPage } from './service-edit-page';
import { serviceInput } from './service-fields';
import { CREATE_AREA, CREATE_SERVICE, IMPORT_POPULATION, renderServicesPage } from './services-page';

const home = (slug: string) => SERVICES.home(slug);
const back = (c: Context<AppEnv>, path: string, what: string) => c.redirect(`${path}?lagret=${encodeURIComponent(what)}`, 303);
const again = (on: OnCooperation) => (failed: FailedForm) => renderServicesPage(on.c, on.p, on.coop, failed, 422);

/** `GET …/tjenester`: the services area's start page. */
export const servicesHome = onServices(home, async (on) => {
  mayManage(on);
  return renderServicesPage(on.c, on.p, on.coop, null);
});

export const createServiceSubmit = onServices(home, async (on) => {
  const v = await postedValues(on.c);
  const input = { ...serviceInput(v), cooperation_id: on.coop.id, status: (v.status ?? 'active') as 'active' };
  return submit(on, CREATE_SERVICE, v, () => execute(on.c.var.db, createService, on.p.actor, input), (r) => back(on.c, on.p.href(SERVICES.service(on.coop.slug, r.slug)), 'tjeneste'), again(on));
});

export const createFocusAreaSubmit = onServices(home, async (on) => {
  const v = await postedValues(on.c);
  const input = { cooperation_id: on.coop.id, slug: v.slug ?? '', name: localizedInput(v, 'name'), sort_order: v.sort_order?.trim() || undefined };
  return submit(on, CREATE_AREA, v, () => execute(on.c.var.db, createFocusArea, on.p.actor, input), () => back(on.c, on.p.href(home(on.coop.slug)), 'innsatsomrade'), again(on));
});

/** `POST …/tjenester/_folketall` (multipart): the SSB CSV and its source. */
export const importPopulationSubmit = onServices(home, async (on) => {
  const body = await on.c.req.parseBody();
  const file = body.file;
  const source = typeof body.source === 'string' ? body.source : '';
  const run = async () => {
    if (typeof file === 'string' || !file || file.size === 0) {
      throw new ValidationError({ file: ['is missing: choose the CSV file exported from SSB'] });
    }
    const text = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
    return execute(on.c.var.db, importPopulation, on.p.actor, { text, source });
  };
  return submit(on, IMPORT_POPULATION, { source }, run, () => back(on.c, on.p.href(home(on.coop.slug)), 'folketall'), again(on));
});

export const setMergerRuleSubmit = onServices(home, async (on) => {
  const v = await postedValues(on.c);
  const run = () => {
    const splits: Record<string, string> = {};
    for (const line of (v.split_successors ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean)) {
      const match = /^(\d{2}|\d{4})\s*=\s*(\d{2}|\d{4})$/.exec(line);
      if (!match) throw new ValidationError({ split_successors: [`the line "${line}" must be old number = new number, for example 30=32`] });
      splits[match[1]!] = match[2]!;
    }
    return execute(on.c.var.db, setMergerRule, on.p.actor, { cooperation_id: on.coop.id, rule: (v.rule ?? '') as 'manual', split_successors: splits });
  };
  return submit(on, MERGER_RULE_FORM, v, run, () => back(on.c, on.p.href(home(on.coop.slug)), 'regel'), again(on));
});

export const applyMergerSubmit = onServices(home, async (on) => {
  const v = await postedValues(on.c);
  const run = () => execute(on.c.var.db, applyMerger, on.p.actor, { cooperation_id: on.coop.id, effective_on: v.effective_on ?? '' });
  return submit(on, APPLY_MERGER_FORM, v, run, (r) => back(on.c, on.p.href(home(on.coop.slug)), r.applied ? 'sammenslaing' : 'ingen-endring'), again(on));
});

// --- one service ---

const servicePath = (slug: string, c: Context<AppEnv>) => SERVICES.service(slug, c.req.param('service') ?? '');

async function serviceInPath(on: OnCooperation): Promise<ServiceRow> {
  const row = await serviceBySlugIn(on.c.var.db, on.coop.id, on.c.req.param('service') ?? '');
  if (!row) throw new NotFoundError();
  return row;
}

/** A post about one service: the same flow, rendering the service's page again when refused. */
function onService(form: string | ((v: Record<string, string>) => string), what: string, run: (on: OnCooperation, row: ServiceRow, v: Record<string, string>) => Promise<unknown>) {
  return onServices(servicePath, async (on) => {
    const row = await serviceInPath(on);
    const v = await postedValues(on.c);
    return submit(
      on,
      typeof form === 'string' ? form : form(v),
      v,
      () => run(on, row, v),
      () => back(on.c, on.p.href(SERVICES.service(on.coop.slug, row.slug)), what),
      (failed) => renderServiceEditPage(on.c, on.p, on.coop, row, failed, 422),
    );
  });
}

export const serviceEditPage = onServices(servicePath, async (on) => {
  mayManage(on);
  return renderServiceEditPage(on.c, on.p, on.coop, await serviceInPath(on), null);
});

export const updateServiceSubmit = onServices(servicePath, async (on) => {
  const row = await serviceInPath(on);
  const v = await postedValues(on.c);
  return submit(
    on,
    EDIT,
    v,
    () => execute(on.c.var.db, updateService, on.p.actor, { ...serviceInput(v), service_id: row.id }),
    (r) => back(on.c, on.p.href(SERVICES.service(on.coop.slug, r.slug)), 'tjeneste'),
    (failed) => renderServiceEditPage(on.c, on.p, on.coop, row, failed, 422),
  );
});

export const addParticipantSubmit = onService(ADD_PARTICIPANT, 'deltaker', (on, row, v) =>
  execute(on.c.var.db, addParticipant, on.p.actor, {
    service_id: row.id,
    member_code: v.member_code ?? '',
    role: (v.role ?? 'participant') as 'participant',
    start_on: isoDate(v.start_on),
    end_on: isoDate(v.end_on),
  }),
);

export const endParticipantSubmit = onService((v) => endParticipantForm(idOf(v.participant_id) ?? 0), 'deltaker-avsluttet', async (on, row, v) => {
  const id = idOf(v.participant_id);
  // Only a participant of the service in the address: the same 404 whether another one exists or not.
  if (id === null || !(await participantRecords(on.c.var.db, row.id)).some((x) => x.id === id)) throw new NotFoundError();
  return execute(on.c.var.db, endParticipant, on.p.actor, { participant_id: id, end_on: isoDate(v.end_on) });
});

export const decisionSubmit = onService(DECISION, 'vedtak', (on, row, v) =>
  execute(on.c.var.db, recordDecision, on.p.actor, {
    service_id: row.id,
    kind: (v.kind ?? '') as 'continue',
    effective_on: isoDate(v.effective_on),
    target_service_id: v.target_service_id ?? '',
    target_authority_code: v.target_authority_code ?? '',
    target_name: v.target_name ?? '',
    case_id: v.case_id?.trim() ?? '',
    text: localizedInput(v, 'text'),
  }),
);

export const statusSubmit = onService(STATUS, 'status', (on, row, v) =>
  execute(on.c.var.db, recordStatus, on.p.actor, {
    service_id: row.id,
    status: (v.status ?? '') as 'active',
    effective_on: isoDate(v.effective_on),
    case_id: v.case_id?.trim() ?? '',
    note: localizedInput(v, 'note'),
  }),
);

export const costKeySubmit = onService(COST_KEY, 'nokkel', (on, row, v) => {
  const t = messages(on.p.locale);
  const fixed = (v.fixed_amounts ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => {
      const match = /^(\d{2}|\d{4})[\s;:=]+([\d\s\u00a0]+)$/.exec(line);
      if (!match) throw new ValidationError({ fixed_amounts: [t.badFixedAmount(line)] });
      return { member_code: match[1]!, amount: match[2]!.replace(/[\s\u00a0]/g, '') };
    });
  return execute(on.c.var.db, setCostKey, on.p.actor, {
    service_id: row.id,
    year: v.year ?? '',
    method: (v.method ?? '') as 'per_inhabitant',
    budget: (v.budget ?? '').replace(/[\s\u00a0]/g, ''),
    rate_ore: v.rate_ore ?? '',
    fixed_share_percent: v.fixed_share_percent ?? '',
    population_year: v.population_year ?? '',
    fixed_amounts: fixed as never,
  });
});
