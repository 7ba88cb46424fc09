import type { Context } from 'hono';
import { createCase, listCases } from '../../../modules/cases';
import type { CooperationView } from '../../../modules/cooperations';
import { execute } from '../../../platform/command';
import type { AppEnv } from '../../../platform/http/context';
import { formatDate } from '../../../platform/i18n';
import { Layout } from '../../components/layout';
import { ScrollTable } from '../../components/table';
import { meetings as messages } from '../../locales/meetings';
import { workspace } from '../../locales/workspace';
import type { PageContext } from '../../page-context';
import { ExemptNotice } from '../../public/meetings/parts';
import { CooperationNav, onCooperation } from '../cooperation-kit';
import { Csrf, ErrorSummary, FormMessages, FormModel, type FailedForm } from '../form-kit';
import { postedValues, savedRedirect } from '../handler-kit';
import { CaseFields, NEW_CASE_DEFAULTS, caseInput, caseLabels, toCaseFields } from './case-fields';
import { MEETINGS, attemptStep, refuseUnlessSecretariat } from './kit';
import { MeetingsSaved } from './saved';

const FORM = 'new-case';
const PAGE_SIZE = 100;

/** `GET …/moter/saker`: the cooperation's cases, newest first, and "Ny sak". */
export const casesPage = onCooperation(MEETINGS.cases, async ({ c, p, coop }) => {
  refuseUnlessSecretariat({ p, coop });
  return render(c, p, coop, null);
});

/** `POST …/moter/saker`: opens a case through createCase; then to its editor to add background and attachments. */
export const createCaseSubmit = onCooperation(MEETINGS.cases, async ({ c, p, coop }) => {
  const v = await postedValues(c);
  const outcome = await attemptStep(() => execute(c.var.db, createCase, p.actor, { cooperation_id: coop.id, ...caseInput(v, true) }));
  refuseUnlessSecretariat({ p, coop });
  if (outcome.ok) return savedRedirect(c, p, MEETINGS.case(coop.slug, outcome.value.id), 'ny-sak');
  return render(c, p, coop, { form: FORM, values: v, errors: toCaseFields(outcome.errors) }, 422);
});

async function render(c: Context<AppEnv>, p: PageContext, coop: CooperationView, failed: FailedForm | null, status: 200 | 422 = 200) {
  const t = messages(p.locale);
  const page = Math.max(1, Number(c.req.query('side')) || 1);
  const { cases, total } = await listCases(c.var.db, { cooperationId: coop.id, actor: p.actor, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const f = new FormModel(p, FORM, { failed, defaults: NEW_CASE_DEFAULTS, labels: caseLabels(p) });
  const title = t.casesTitle(coop.name);
  return c.html(
    <Layout p={p} title={f.refused ? `${workspace(p.locale).errorPrefix} ${title}` : title}>
      <h1>{title}</h1>
      <CooperationNav p={p} coop={coop} current="meetings" />
      <MeetingsSaved p={p} what={failed ? undefined : c.req.query('lagret')} />
      <ErrorSummary p={p} forms={[f]} />
      <p>
        <a href={p.href(MEETINGS.plan(coop.slug))}>{t.backToPlan}</a>
      </p>
      {cases.length === 0 ? (
        <p>{t.noCases}</p>
      ) : (
        <ScrollTable p={p} id="cases" caption={t.casesCaption}>
          <thead>
            <tr>
              <th scope="col">{t.colNumber}</th>
              <th scope="col">{t.colTitle}</th>
              <th scope="col">{t.colMeetingDate}</th>
              <th scope="col">{t.colPublic}</th>
            </tr>
          </thead>
          <tbody>
            {cases.map((k) => (
              <tr>
                <td class="num">{k.path.map((s) => s.caseNumber).join(', ')}</td>
                <th scope="row">
                  <a href={p.href(MEETINGS.case(coop.slug, k.id))}>{k.title}</a>
                </th>
                <td class="num">{k.path.map((s) => formatDate(s.meetingDate, p.locale)).join(', ')}</td>
                <td>{k.isPublic ? t.yes : <ExemptNotice p={p} basis={k.exemptBasis} />}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      {total > page * PAGE_SIZE ? (
        <p>
          <a href={`${p.href(MEETINGS.cases(coop.slug))}?side=${page + 1}`}>{t.nextPage}</a>
        </p>
      ) : null}
      <section class="section" aria-labelledby="new-case-heading">
        <h2 id="new-case-heading">{t.newCase}</h2>
        <form class="section" method="post" action={p.href(MEETINGS.cases(coop.slug))} novalidate>
          <Csrf p={p} />
          <FormMessages f={f} />
          <CaseFields p={p} f={f} full />
          <div>
            <button class="ds-button" type="submit">
              {t.createCase}
            </button>
          </div>
        </form>
      </section>
    </Layout>,
    status,
  );
}
