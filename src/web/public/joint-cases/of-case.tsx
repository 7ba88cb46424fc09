import { listJointCases } from '../../../modules/joint-cases';
import { anonymous } from '../../../platform/authz';
import type { Db } from '../../../platform/db/database';
import { formatDate } from '../../../platform/i18n';
import { jointCases as messages } from '../../locales/joint-cases';
import type { PageContext } from '../../page-context';

/** On a case's public page: the published joint cases it was referred as, each linking to its matrix. Nothing when none. */
export async function JointCasesOfCase({ p, db, caseId, slug }: { p: PageContext; db: Db; caseId: number; slug: string }) {
  const { jointCases } = await listJointCases(db, { caseId, actor: anonymous, page: { page: 1, limit: 50 } });
  if (jointCases.length === 0) return null;
  const t = messages(p.locale);
  return (
    <section class="section" aria-labelledby="joint-cases-heading">
      <h2 id="joint-cases-heading">{t.jointCasesOfCase}</h2>
      <ul class="plain-list">
        {jointCases.map((x) => (
          <li>
            <a href={p.href(`/${slug}/fellessaker/${x.id}`)}>{t.jointCaseLink(x.title, formatDate(x.deadline, p.locale))}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
