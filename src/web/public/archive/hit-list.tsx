import type { DocumentSummary, SearchHit } from '../../../modules/archive';
import { formatDate } from '../../../platform/i18n';
import type { PageContext } from '../../page-context';
import { fileTypeLabel, kindLabel } from './labels';

/**
 * Documents as a list of results: title (a link to the document's page), what and when, and for a
 * search the passage with the words found in <mark> (JSX escapes every part).
 */
export function HitList(props: { p: PageContext; items: Array<DocumentSummary | SearchHit>; cooperationName?: (id: number) => string; start: number }) {
  const { p } = props;
  return (
    <ol class="plain-list hit-list" start={props.start}>
      {props.items.map((doc) => (
        <li class="ds-card" data-variant="tinted">
          <h3 class="ds-heading" data-size="xs">
            <a href={p.href(`/dokumenter/${doc.id}`)} lang={doc.language === p.locale ? undefined : doc.language}>
              {doc.title}
            </a>
          </h3>
          <p class="muted">
            {[kindLabel(p.locale, doc.kind), formatDate(doc.documentDate, p.locale), props.cooperationName?.(doc.cooperationId), doc.mediaType ? fileTypeLabel(doc.mediaType) : null]
              .filter(Boolean)
              .join(' · ')}
          </p>
          {'snippet' in doc && doc.snippet.length > 0 ? (
            <p lang={doc.language === p.locale ? undefined : doc.language}>
              {doc.snippet.map((part) => (part.hit ? <mark>{part.text}</mark> : part.text))}
            </p>
          ) : doc.description ? (
            <p>{doc.description}</p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
