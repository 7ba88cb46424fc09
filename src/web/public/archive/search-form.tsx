import { DOCUMENT_KINDS } from '../../../modules/archive';
import { archive as messages } from '../../locales/archive';
import type { PageContext } from '../../page-context';
import type { ArchiveQuery } from './archive-query';
import { kindLabel } from './labels';

export interface Option {
  value: string;
  label: string;
}

/**
 * The search box and its filters, as a plain GET form (works without JavaScript, can be bookmarked).
 * The cooperation filter appears only on the search across all cooperations.
 */
export function SearchForm(props: { p: PageContext; action: string; query: ArchiveQuery; cooperations?: Option[]; bodies: Option[] }) {
  const { p, query } = props;
  const t = messages(p.locale);
  return (
    <form class="archive-search" method="get" action={props.action} role="search">
      <div class="ds-field">
        <label class="ds-label" for="q">
          {t.searchLabel}
        </label>
        <p data-field="description" id="q-hint">
          {t.searchHint}
        </p>
        <input class="ds-input" type="search" id="q" name="q" value={query.q} aria-describedby="q-hint" />
      </div>
      <fieldset class="ds-fieldset">
        <legend class="ds-label">{t.filtersLegend}</legend>
        <Select id="type" label={t.typeLabel} any={t.anyOption} value={query.kind ?? ''} options={DOCUMENT_KINDS.map((k) => ({ value: k, label: kindLabel(p.locale, k) }))} />
        {props.cooperations ? (
          <Select id="cooperation" label={t.cooperationLabel} any={t.anyOption} value={query.cooperation ?? ''} options={props.cooperations} />
        ) : null}
        {props.bodies.length > 0 ? (
          <Select id="body" label={t.bodyLabel} any={t.anyOption} value={query.bodyId ? String(query.bodyId) : ''} options={props.bodies} />
        ) : null}
        <div class="ds-field">
          <label class="ds-label" for="year">
            {t.yearLabel}
          </label>
          <p data-field="description" id="year-hint">
            {t.yearHint}
          </p>
          {query.yearInvalid ? (
            <p class="ds-validation-message" data-field="validation" id="year-error">
              {t.invalidYear}
            </p>
          ) : null}
          <input
            class="ds-input"
            type="text"
            inputmode="numeric"
            id="year"
            name="year"
            size={4}
            value={query.yearText}
            aria-invalid={query.yearInvalid ? 'true' : undefined}
            aria-describedby={query.yearInvalid ? 'year-error year-hint' : 'year-hint'}
          />
        </div>
      </fieldset>
      <button class="ds-button" type="submit" data-variant="primary">
        {t.searchButton}
      </button>
    </form>
  );
}

function Select(props: { id: string; label: string; any: string; value: string; options: Option[] }) {
  return (
    <div class="ds-field">
      <label class="ds-label" for={props.id}>
        {props.label}
      </label>
      <select class="ds-input" id={props.id} name={props.id}>
        <option value="">{props.any}</option>
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === props.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
