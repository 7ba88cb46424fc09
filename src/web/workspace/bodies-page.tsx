import type { Context } from 'hono';
import type { CooperationView } from '../../modules/cooperations';
import { BODY_KINDS, bodiesOf, canManageBodies, createBody, type CreateBodyInput } from '../../modules/people';
import { execute } from '../../platform/command';
import type { AppEnv } from '../../platform/http/context';
import { formatNumber } from '../../platform/i18n';
import { Layout } from '../components/layout';
import { LocalizedInline, textIn } from '../components/localized';
import { ScrollTable } from '../components/table';
import { workspace } from '../locales/workspace';
import type { PageContext } from '../page-context';
import { CooperationNav, onCooperation, refuseUnless } from './cooperation-kit';
import {
  Csrf,
  ErrorSummary,
  FormMessages,
  FormModel,
  LocalizedFields,
  SavedMessage,
  SelectInput,
  TextInput,
  localizedInput,
  localizedLabels,
  type FailedForm,
} from './form-kit';
import { attempt, postedValues, savedRedirect } from './handler-kit';
import { MANAGE } from './manage-paths';

const FORM = 'create-body';

/** `GET /arbeidsflate/samarbeid/:slug/organer`: the bodies, with links to their seats, and a form to create one. */
export const bodiesPage = onCooperation(MANAGE.bodies, async ({ c, p, coop }) => {
  refuseUnless(canManageBodies, { p, coop });
  return render(c, p, coop, null);
});

/** `POST …/organer`: creates a body through createBody, which checks who may. */
export const createBodySubmit = onCooperation(MANAGE.bodies, async ({ c, p, coop }) => {
  const v = await postedValues(c);
  const outcome = await attempt(() =>
    execute(c.var.db, createBody, p.actor, {
      cooperation_id: coop.id,
      slug: v.slug ?? '',
      name: localizedInput(v, 'name'),
      kind: (v.kind ?? '') as CreateBodyInput['kind'],
      composition: localizedInput(v, 'composition'),
      sort_order: v.sort_order?.trim() ? v.sort_order.trim() : undefined,
    }),
  );
  refuseUnless(canManageBodies, { p, coop });
  if (outcome.ok) return savedRedirect(c, p, MANAGE.bodies(coop.slug), 'organ');
  return render(c, p, coop, { form: FORM, values: v, errors: outcome.errors }, 422);
});

async function render(c: Context<AppEnv>, p: PageContext, coop: CooperationView, failed: FailedForm | null, status: 200 | 422 = 200) {
  const t = workspace(p.locale);
  const bodies = await bodiesOf(c.var.db, coop.id);
  const f = new FormModel(p, FORM, {
    failed,
    defaults: { kind: 'political', sort_order: String(bodies.reduce((max, b) => Math.max(max, b.sortOrder), 0) + 1) },
    labels: {
      slug: t.slug,
      ...localizedLabels(p, 'name', t.bodyName),
      kind: t.kind,
      ...localizedLabels(p, 'composition', t.composition),
      sort_order: t.sortOrder,
    },
  });
  const title = t.bodiesTitle(coop.name);
  return c.html(
    <Layout p={p} title={f.refused ? `${t.errorPrefix} ${title}` : title}>
      <h1>{title}</h1>
      <CooperationNav p={p} coop={coop} current="bodies" />
      <SavedMessage p={p} what={failed ? undefined : c.req.query('lagret')} />
      <ErrorSummary p={p} forms={[f]} />
      {bodies.length === 0 ? (
        <p>{t.noBodies}</p>
      ) : (
        <>
          <p>{t.bodiesIntro}</p>
          <ScrollTable p={p} id="bodies" caption={t.bodiesCaption(coop.name)}>
            <thead>
              <tr>
                <th scope="col">{t.colBody}</th>
                <th scope="col">{t.colKind}</th>
                <th scope="col" class="num">
                  {t.colSeats}
                </th>
              </tr>
            </thead>
            <tbody>
              {bodies.map((body) => (
                <tr>
                  <th scope="row">
                    <a href={p.href(MANAGE.body(coop.slug, body.slug))}>
                      <LocalizedInline p={p} text={body.name} />
                    </a>
                  </th>
                  <td>{textIn(p, BODY_KINDS.find((k) => k.key === body.kind)?.label) || body.kind}</td>
                  <td class="num">{formatNumber(body.seatCount ?? 0)}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        </>
      )}
      <section class="section" aria-labelledby="create-body-heading">
        <h2 id="create-body-heading">{t.addBodyHeading}</h2>
        <form class="section" method="post" action={p.href(MANAGE.bodies(coop.slug))} novalidate>
          <Csrf p={p} />
          <FormMessages f={f} />
          <LocalizedFields f={f} name="name" legend={t.bodyName} hint={t.bodyNameHint} maxlength={5000} />
          <TextInput f={f} name="slug" label={t.slug} hint={t.slugHint} autocomplete="off" required maxlength={60} />
          <SelectInput f={f} name="kind" label={t.kind} choices={BODY_KINDS.map((k) => ({ value: k.key, label: textIn(p, k.label) }))} required />
          <LocalizedFields f={f} name="composition" legend={t.composition} hint={t.compositionHint} multiline />
          <TextInput f={f} name="sort_order" label={t.sortOrder} hint={t.sortOrderHint} inputmode="numeric" autocomplete="off" />
          <div>
            <button class="ds-button" type="submit">
              {t.createBodyButton}
            </button>
          </div>
        </form>
      </section>
    </Layout>,
    status,
  );
}
