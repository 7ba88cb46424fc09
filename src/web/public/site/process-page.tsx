import type { Context } from 'hono';
import { listProcesses, processBySlug, processCalendar } from '../../../modules/processes';
import { NotFoundError } from '../../../platform/errors';
import type { AppEnv } from '../../../platform/http/context';
import { localHref } from '../../../platform/http/locale';
import { pickText } from '../../../platform/i18n';
import { Layout } from '../../components/layout';
import { LocalizedInline, LocalizedProse, textIn } from '../../components/localized';
import { site as messages } from '../../locales/site';
import { pageContext } from '../../page-context';
import { cooperationShell, requireCooperation } from '../shell';
import { asOfDay } from './as-of';
import { publicOrigin } from '../archive/absolute-url';
import { ProcessSections } from './process-sections';

/** `/:slug/prosesser/:processSlug?dato=`: a process with its progress plan, as it stands today or stood that day. */
export async function processPage(c: Context<AppEnv>) {
  const p = pageContext(c);
  const t = messages(p.locale);
  const coop = await requireCooperation(c);
  const process = await processBySlug(c.var.db, coop.id, c.req.param('processSlug') ?? '', { publishedOnly: true });
  if (!process) throw new NotFoundError('No such process.');
  const shell = await cooperationShell(c.var.db, coop, p.locale);
  const asOf = asOfDay(c);
  const title = textIn(p, process.title);
  return c.html(
    <Layout p={p} title={asOf.invalid ? `${t.errorPrefix} ${title}` : title} description={pickText(process.introduction, p.locale)?.text} cooperation={shell}>
      <h1>
        <LocalizedInline p={p} text={process.title} note />
      </h1>
      <ProcessSections p={p} process={process} {...asOf} withIntroduction />
    </Layout>,
    asOf.invalid ? 400 : 200,
  );
}

/** `/:slug/prosesser`: the cooperation's published processes. */
export async function processesPage(c: Context<AppEnv>) {
  const p = pageContext(c);
  const t = messages(p.locale);
  const coop = await requireCooperation(c);
  const [shell, processes] = await Promise.all([cooperationShell(c.var.db, coop, p.locale), listProcesses(c.var.db, { cooperationId: coop.id, publishedOnly: true })]);
  return c.html(
    <Layout p={p} title={t.processesTitle} description={t.processesDescription(coop.name)} cooperation={shell}>
      <h1>{t.processesTitle}</h1>
      {processes.length === 0 ? (
        <p>{t.noProcesses}</p>
      ) : (
        <ul class="plain-list">
          {processes.map((process) => (
            <li>
              <a href={p.href(`/${coop.slug}/prosesser/${process.slug}`)}>
                <LocalizedInline p={p} text={process.title} note />
              </a>
              <LocalizedProse p={p} text={process.introduction} />
            </li>
          ))}
        </ul>
      )}
    </Layout>,
  );
}

/** `/:slug/prosesser/:processSlug/plan.ics`: the plan in force as iCalendar, in the reader's language. */
export async function processCalendarFile(c: Context<AppEnv>) {
  const coop = await requireCooperation(c);
  const process = await processBySlug(c.var.db, coop.id, c.req.param('processSlug') ?? '', { publishedOnly: true });
  if (!process) throw new NotFoundError('No such process.');
  const pageUrl = publicOrigin(c) + localHref(c.var.locale, `/${coop.slug}/prosesser/${process.slug}`);
  return c.body(processCalendar(process, { locale: c.var.locale, pageUrl }), 200, {
    'Content-Type': 'text/calendar; charset=utf-8',
    'Content-Disposition': `attachment; filename="${process.slug}.ics"`,
  });
}
