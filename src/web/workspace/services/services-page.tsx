import type { Context } from 'hono';
import { listCooperations, type CooperationView } from '../../../modules/cooperations';
import { changeSets, populationYears } from '../../../modules/registry';
import { allServicesOf, focusAreasOfCooperation, mergerApplications, mergerRuleFor, SERVICE_STATUSES } from '../../../modules/services';
import type { AppEnv } from '../../../platform/http/context';
import { formatNumber, todayInOslo } from '../../../platform/i18n';
import { Layout } from '../../components/layout';
import { LocalizedInline } from '../../components/localized';
import { ScrollTable } from '../../components/table';
import { services as messages } from '../../locales/services';
import type { PageContext } from '../../page-context';
import { CooperationNav } from '../cooperation-kit';
import { Csrf, ErrorSummary, FormMessages, FormModel, LocalizedFields, SelectInput, TextInput, localizedLabels, type FailedForm } from '../form-kit';
import { FileField } from '../file-field';
import { MergerSection } from './merger-section';
import { Saved } from './kit';
import { SERVICES } from './paths';
import { ServiceFields, serviceLabels } from './service-fields';

export const CREATE_SERVICE = 'create-service';
export const CREATE_AREA = 'create-area';
export const IMPORT_POPULATION = 'import-population';

/** The services area's start page: the services, focus areas, population figures and mergers of one cooperation. */
export async function renderServicesPage(c: Context<AppEnv>, p: PageContext, coop: CooperationView, failed: FailedForm | null, status: 200 | 422 = 200) {
  const t = messages(p.locale);
  const db = c.var.db;
  const today = todayInOslo();
  const [services, areas, years, cooperations, sets, rule, applied] = await Promise.all([
    allServicesOf(db, coop.id, today),
    focusAreasOfCooperation(db, coop.id),
    populationYears(db),
    listCooperations(db),
    changeSets(db, { from: '2018-01-01' }),
    mergerRuleFor(db, coop.id),
    mergerApplications(db, coop.id),
  ]);
  const create = new FormModel(p, CREATE_SERVICE, { failed, defaults: { status: 'active', host_role: 'host' }, labels: serviceLabels(p, true) });
  const area = new FormModel(p, CREATE_AREA, {
    failed,
    prefix: 'area-',
    labels: { slug: t.fieldSlug, ...localizedLabels(p, 'name', t.fieldName), sort_order: t.fieldSortOrder },
  });
  const population = new FormModel(p, IMPORT_POPULATION, { failed, prefix: 'population-', labels: { file: t.fieldFile, source: t.fieldSource } });
  const title = t.manageTitle(coop.name);
  const others = cooperations.filter((x) => x.id !== coop.id);
  const preview = c.req.query('endring');
  const forms = [create, area, population];
  return c.html(
    <Layout p={p} title={forms.some((f) => f.refused) ? `${t.errorPrefix} ${title}` : title}>
      <h1>{title}</h1>
      <CooperationNav p={p} coop={coop} current="services" />
      <Saved p={p} what={failed ? undefined : c.req.query('lagret')} />
      <ErrorSummary p={p} forms={forms} />
      <p>{t.manageIntro}</p>

      <section class="section" aria-labelledby="services-heading">
        <h2 id="services-heading">{t.servicesHeading}</h2>
        {services.length > 0 ? (
          <ScrollTable p={p} id="services" caption={t.servicesTableCaption(coop.name)}>
            <thead>
              <tr>
                <th scope="col">{t.colService}</th>
                <th scope="col">{t.focusArea}</th>
                <th scope="col">{t.colStatus}</th>
                <th scope="col" class="num">
                  {t.colParticipants}
                </th>
              </tr>
            </thead>
            <tbody>
              {services.map((s) => (
                <tr>
                  <th scope="row">
                    <a href={p.href(SERVICES.service(coop.slug, s.slug))}>{s.name}</a>
                  </th>
                  <td>{s.focusArea ? <LocalizedInline p={p} text={s.focusArea.name} /> : ''}</td>
                  <td>{s.status ? t.statusName(s.status.status) : t.notStarted}</td>
                  <td class="num">{formatNumber(s.participantCount)}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        ) : null}
        <h3 id="create-service-heading">{t.createServiceHeading}</h3>
        <form class="section" method="post" action={p.href(SERVICES.home(coop.slug))} novalidate aria-labelledby="create-service-heading">
          <Csrf p={p} />
          <FormMessages f={create} />
          <ServiceFields f={create} areas={areas} cooperations={others} creating />
          <SelectInput f={create} name="status" label={t.fieldStatus} choices={SERVICE_STATUSES.map((s) => ({ value: s, label: t.statusName(s) }))} />
          <div>
            <button class="ds-button" type="submit">
              {t.createServiceButton}
            </button>
          </div>
        </form>
      </section>

      <section class="section" aria-labelledby="areas-heading">
        <h2 id="areas-heading">{t.focusAreasHeading}</h2>
        {areas.length === 0 ? (
          <p>{t.noFocusAreas}</p>
        ) : (
          <ul>
            {areas.map((a) => (
              <li>
                <LocalizedInline p={p} text={a.name} /> <span class="muted">({a.slug})</span>
              </li>
            ))}
          </ul>
        )}
        <form class="section" method="post" action={p.href(SERVICES.focusAreas(coop.slug))} novalidate>
          <Csrf p={p} />
          <FormMessages f={area} />
          <LocalizedFields f={area} name="name" legend={t.fieldName} maxlength={200} />
          <TextInput f={area} name="slug" label={t.fieldSlug} hint={t.slugHint} autocomplete="off" required maxlength={60} />
          <TextInput f={area} name="sort_order" label={t.fieldSortOrder} inputmode="numeric" autocomplete="off" />
          <div>
            <button class="ds-button" type="submit">
              {t.createFocusAreaButton}
            </button>
          </div>
        </form>
      </section>

      <section class="section" aria-labelledby="population-heading">
        <h2 id="population-heading">{t.populationHeading}</h2>
        <p>{t.populationIntro}</p>
        {years.length > 0 ? (
          <ScrollTable p={p} id="population-years" caption={t.populationYearsCaption}>
            <thead>
              <tr>
                <th scope="col">{t.colYear}</th>
                <th scope="col" class="num">
                  {t.colCodes}
                </th>
              </tr>
            </thead>
            <tbody>
              {years.map((y) => (
                <tr>
                  <th scope="row">{y.year}</th>
                  <td class="num">{formatNumber(y.codes)}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        ) : null}
        <form class="section" method="post" action={p.href(SERVICES.population(coop.slug))} enctype="multipart/form-data" novalidate>
          <Csrf p={p} />
          <FormMessages f={population} />
          <FileField f={population} name="file" label={messages(population.p.locale).fieldFile} accept=".csv,text/csv" />
          <TextInput f={population} name="source" label={t.fieldSource} hint={t.sourceHint} required maxlength={300} />
          <div>
            <button class="ds-button" type="submit">
              {t.importButton}
            </button>
          </div>
        </form>
      </section>

      <MergerSection p={p} coop={coop} sets={sets} rule={rule} applied={applied} preview={preview} db={db} failed={failed} serviceNames={new Map(services.map((s) => [s.id, s.name]))} />
    </Layout>,
    status,
  );
}


