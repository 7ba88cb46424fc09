import { listJointCases } from '../../../modules/joint-cases';
import { Layout } from '../../components/layout';
import { jointCases as messages } from '../../locales/joint-cases';
import { JointCaseTable } from '../../public/joint-cases/list-page';
import { CooperationNav, onCooperation } from '../cooperation-kit';
import { mayManage } from './kit';
import { JOINT } from './paths';

/** `GET …/fellessaker`: every joint case of the cooperation, published or not. */
export const jointCasesWorkPage = onCooperation(JOINT.list, async ({ c, p, coop }) => {
  mayManage({ p, coop });
  const t = messages(p.locale);
  const list = await listJointCases(c.var.db, { cooperationId: coop.id, actor: p.actor, page: { page: 1, limit: 500 } });
  const title = t.wsListTitle(coop.name);
  return c.html(
    <Layout p={p} title={title}>
      <h1>{title}</h1>
      <CooperationNav p={p} coop={coop} current="joint_cases" />
      <p>{t.wsListIntro}</p>
      {list.jointCases.length === 0 ? (
        <p>{t.wsNoCases}</p>
      ) : (
        <JointCaseTable
          p={p}
          items={list.jointCases}
          caption={t.listCaption(coop.name)}
          href={(x) => JOINT.rollup(coop.slug, x.id)}
          extra={{ heading: t.colPublished, cell: (x) => (x.isPublished ? t.yes : t.no) }}
        />
      )}
    </Layout>
  );
});
