import type { DecisionView } from '../../../modules/services';
import { formatDate } from '../../../platform/i18n';
import { services as messages } from '../../locales/services';
import type { PageContext } from '../../page-context';

/** "Integrated into KHS from 01.01.2019", with a link to the target service and to the case that decided it. */
export function DecisionText({ p, slug, decision }: { p: PageContext; slug: string; decision: DecisionView }) {
  const t = messages(p.locale);
  const target = decision.targetService;
  const other = decision.targetAuthority?.name ?? decision.targetName;
  return (
    <>
      {t.decisionName(decision.kind)}{' '}
      {target ? (
        <>
          {decision.kind === 'integrate' ? t.intoService('') : t.toTarget('')}
          <a href={p.href(`/${slug}/tjenester/${target.slug}`)}>{target.name}</a>{' '}
        </>
      ) : other ? (
        `${t.toTarget(other)} `
      ) : null}
      {t.fromDate(formatDate(decision.effectiveOn))}
      {decision.caseId !== null ? (
        <>
          {' '}
          (<a href={p.href(`/${slug}/saker/${decision.caseId}`)}>{t.caseLink}</a>)
        </>
      ) : null}
    </>
  );
}
