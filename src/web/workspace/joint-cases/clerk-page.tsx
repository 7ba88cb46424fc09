import type { Context } from 'hono';
import { jointCasesForClerk } from '../../../modules/joint-cases';
import type { AppEnv } from '../../../platform/http/context';
import { formatDate } from '../../../platform/i18n';
import { Layout } from '../../components/layout';
import { ScrollTable } from '../../components/table';
import { jointCases as messages } from '../../locales/joint-cases';
import { pageContext } from '../../page-context';
import { StatusText } from '../../public/joint-cases/cells';
import { toSignIn } from '../handler-kit';
import { JOINT } from './paths';

/** `GET /arbeidsflate/kommune`: the joint cases a signed-in municipal clerk has to record, with links to the forms. */
export async function clerkPage(c: Context<AppEnv>) {
  const p = pageContext(c);
  if (p.actor.kind !== 'user') return toSignIn(c, p, JOINT.clerk);
  const t = messages(p.locale);
  const tasks = await jointCasesForClerk(c.var.db, p.actor);
  return c.html(
    <Layout p={p} title={t.clerkTitle}>
      <h1>{t.clerkTitle}</h1>
      <p>{t.clerkIntro}</p>
      {tasks.length === 0 ? (
        <p>{t.clerkEmpty}</p>
      ) : (
        <ScrollTable p={p} id="clerk-tasks" caption={t.clerkCaption}>
          <thead>
            <tr>
              <th scope="col">{t.colJointCase}</th>
              <th scope="col">{t.colCouncil}</th>
              <th scope="col">{t.colCooperation}</th>
              <th scope="col">{t.colDeadline}</th>
              <th scope="col">{t.colStatus}</th>
            </tr>
          </thead>
          <tbody>
            {tasks.map((task) => (
              <tr>
                <th scope="row">
                  <a href={p.href(JOINT.record(task.jointCaseId, task.council.memberCode))}>{task.title}</a>
                </th>
                <td>{task.council.memberName}</td>
                <td>{task.cooperation.name}</td>
                <td class="num">{formatDate(task.deadline, p.locale)}</td>
                <td>
                  <StatusText p={p} council={task.council} />
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </Layout>,
  );
}
