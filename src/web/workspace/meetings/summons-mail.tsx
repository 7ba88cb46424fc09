import type { SummonsDispatchView, SummonsRecipient } from '../../../modules/meetings';
import { formatDate, formatNumber } from '../../../platform/i18n';
import { meetings as messages } from '../../locales/meetings';
import type { PageContext } from '../../page-context';
import { Csrf, TextArea, type FormModel } from '../form-kit';

// The summons by e-mail on a meeting's workspace page: who will get it (before), and who got it (after).

/** The summon form: the seat holders who will get the summons, extra addresses, and whether mail is set up at all. */
export function SummonsForm(props: { p: PageContext; f: FormModel; action: string; recipients: SummonsRecipient[]; mailConfigured: boolean }) {
  const { p, f } = props;
  const t = messages(p.locale);
  return (
    <form class="section" method="post" action={props.action} novalidate>
      <Csrf p={p} />
      <p>{t.summonsHint}</p>
      {props.mailConfigured ? (
        <>
          {props.recipients.length === 0 ? (
            <p>{t.noRecipients}</p>
          ) : (
            <>
              <p>{t.mailRecipients}</p>
              <ul>
                {props.recipients.map((r) => (
                  <li>
                    {`${r.name ?? ''} <${r.email}>`}
                    {r.isDeputy ? ` (${t.deputy})` : ''}
                  </li>
                ))}
              </ul>
            </>
          )}
          <TextArea f={f} name="extra_addresses" label={t.extraAddresses} hint={t.extraAddressesHint} rows={3} />
        </>
      ) : (
        <>
          {props.recipients.length === 0 ? <p>{t.noRecipients}</p> : null}
          <div class="ds-alert" data-color="warning">
            <p>{t.mailNotConfigured}</p>
          </div>
        </>
      )}
      <div>
        <button class="ds-button" type="submit">
          {t.sendSummons}
        </button>
      </div>
    </form>
  );
}

/** What became of the summons by e-mail, from the newest dispatch record. */
export function SummonsDispatchNotice({ p, dispatch }: { p: PageContext; dispatch: SummonsDispatchView }) {
  const t = messages(p.locale);
  const date = formatDate(dispatch.at, p.locale);
  const failed = dispatch.failed.length > 0;
  return (
    <section class="section" aria-labelledby="dispatch-heading">
      <h2 id="dispatch-heading">{t.dispatchHeading}</h2>
      <div class="ds-alert" data-color={failed || !dispatch.mailConfigured ? 'warning' : 'info'}>
        <p>
          {!dispatch.mailConfigured
            ? t.dispatchNotConfigured(date)
            : dispatch.sent.length === 0 && !failed
              ? t.dispatchNone(date)
              : t.dispatchSent(formatNumber(dispatch.sent.length), date)}
        </p>
        {failed ? (
          <>
            <p>{t.dispatchFailed(formatNumber(dispatch.failed.length))}</p>
            <ul>
              {dispatch.failed.map((x) => (
                <li>
                  {x.email} <span lang="en">({x.error})</span>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
      {dispatch.sent.length > 0 ? (
        <details>
          <summary>{t.dispatchRecipients}</summary>
          <ul>
            {dispatch.sent.map((r) => (
              <li>
                {r.name ? `${r.name} <${r.email}>` : r.email}
                {r.isDeputy ? ` (${t.deputy})` : ''}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
