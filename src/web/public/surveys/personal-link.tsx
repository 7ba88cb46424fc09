import type { Context } from 'hono';
import {
  AlreadyAnsweredError,
  RESPONDENT_ROLES,
  SurveyNotOpenError,
  answersFromForm,
  invitationByToken,
  saveDraft,
  submitResponse,
  type InvitationContext,
} from '../../../modules/surveys';
import { anonymous } from '../../../platform/authz';
import { execute } from '../../../platform/command';
import { NotFoundError, ValidationError } from '../../../platform/errors';
import type { AppEnv } from '../../../platform/http/context';
import { Layout } from '../../components/layout';
import { LocalizedInline, LocalizedProse, textIn } from '../../components/localized';
import { surveys } from '../../locales/surveys';
import { pageContext, type PageContext } from '../../page-context';
import { AnswerErrorSummary, SurveyForm, answerErrors, sectionOf, type SurveyFormState } from './survey-form';
import { MessagePage, SURVEY_PATHS, notAcceptingPage, promiseText, surveyShell, thanksPage } from './survey-shell';

/**
 * The personal link `/svar/:token`: one section per step, the answers kept as a draft between steps
 * (and when the respondent saves to come back later), sent with "Send". The token is the permission;
 * the respondent is not signed in, so the commands run as the anonymous actor.
 */
async function contextOf(c: Context<AppEnv>): Promise<InvitationContext> {
  const ctx = await invitationByToken(c.var.db, c.req.param('token') ?? '');
  if (!ctx) throw new NotFoundError('This link is not valid.');
  return ctx;
}

/** A link that is not (or no longer) valid gets a page that says what to check, not a bare 404. */
async function withLink(c: Context<AppEnv>, handle: (p: PageContext, ctx: InvitationContext) => Promise<Response>): Promise<Response> {
  const p = pageContext(c);
  const t = surveys(p.locale);
  let ctx: InvitationContext;
  try {
    ctx = await contextOf(c);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    return c.html(
      <MessagePage p={p} title={t.badLinkTitle}>
        <p>{t.badLinkBody}</p>
      </MessagePage>,
      404,
    );
  }
  return handle(p, ctx);
}

export const personalForm = (c: Context<AppEnv>) =>
  withLink(c, async (p, ctx) => {
    const refusal = await refusalPage(c, p, ctx);
    if (refusal) return refusal;
    const step = stepParam(c.req.query('steg'), ctx.survey.sections.length);
    return render(c, p, ctx, { answers: ctx.draft ?? {}, errors: {}, step, saved: c.req.query('lagret') === '1' }, 200);
  });

export const personalSubmit = (c: Context<AppEnv>) =>
  withLink(c, async (p, ctx) => {
    const refusal = await refusalPage(c, p, ctx);
    if (refusal) return refusal;
    const token = c.req.param('token')!;
    const body = await c.req.parseBody({ all: true });
    const sections = ctx.survey.sections;
    const step = stepParam(typeof body.steg === 'string' ? body.steg : undefined, sections.length);
    // This step's answers replace what the draft had for its questions; the other steps' stay.
    const here = new Set(sections[step]!.questions.map((q) => q.key));
    const kept = Object.fromEntries(Object.entries(ctx.draft ?? {}).filter(([key]) => !here.has(key)));
    const answers = { ...kept, ...answersFromForm([sections[step]!], body) };
    const action = typeof body.handling === 'string' ? body.handling : 'lagre';
    try {
      await execute(c.var.db, saveDraft, anonymous, { token, answers });
      if (action === 'send') {
        await execute(c.var.db, submitResponse, anonymous, { survey_id: ctx.survey.id, token, answers });
        return c.redirect(p.href(SURVEY_PATHS.receipt(token)), 303);
      }
    } catch (error) {
      if (error instanceof ValidationError) {
        const errors = answerErrors(p, ctx.survey, error.fieldErrors, answers);
        // Show the step with the first problem; the summary links to the others.
        const first = Object.keys(errors).map((key) => sectionOf(sections, key)).filter((i) => i >= 0).sort((a, b) => a - b)[0];
        return render(c, p, ctx, { answers, errors, step: first ?? step, saved: false }, 422);
      }
      if (error instanceof SurveyNotOpenError || error instanceof AlreadyAnsweredError) return (await refusalPage(c, p, await contextOf(c)))!;
      throw error;
    }
    const next = action === 'neste' ? Math.min(step + 1, sections.length - 1) : action === 'forrige' ? Math.max(step - 1, 0) : step;
    const saved = action === 'lagre' ? '&lagret=1' : '';
    // #main: the next step starts where the keyboard and screen reader start reading.
    return c.redirect(`${p.href(SURVEY_PATHS.personal(token))}?steg=${next + 1}${saved}#main`, 303);
  });

/** `GET /svar/:token/kvittering`: the receipt after sending. */
export const personalReceipt = (c: Context<AppEnv>) =>
  withLink(c, async (p, ctx) => {
    if (!ctx.responded) return c.redirect(p.href(SURVEY_PATHS.personal(c.req.param('token')!)), 303);
    return thanksPage(c, p, ctx.survey);
  });

/** Already answered, closed or not yet open: a page that says so (with the date), instead of the form. */
async function refusalPage(c: Context<AppEnv>, p: PageContext, ctx: InvitationContext): Promise<Response | null> {
  const t = surveys(p.locale);
  const back = SURVEY_PATHS.list(ctx.survey.cooperationSlug);
  if (ctx.responded) {
    return c.html(
      <MessagePage p={p} title={t.answeredTitle} shell={await surveyShell(c, p, ctx.survey)} back={back}>
        <p>{t.answeredBody}</p>
      </MessagePage>,
    );
  }
  return notAcceptingPage(c, p, ctx.survey, back);
}

function stepParam(value: string | undefined, count: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= count ? n - 1 : 0;
}

async function render(
  c: Context<AppEnv>,
  p: PageContext,
  ctx: InvitationContext,
  view: { answers: Record<string, unknown>; errors: SurveyFormState['errors']; step: number; saved: boolean },
  status: 200 | 422,
) {
  const t = surveys(p.locale);
  const token = c.req.param('token')!;
  const survey = ctx.survey;
  const title = textIn(p, survey.title);
  const role = textIn(p, RESPONDENT_ROLES.find((r) => r.key === ctx.role)?.label) || ctx.role;
  const state: SurveyFormState = { survey, answers: view.answers, errors: view.errors, step: view.step, action: p.href(SURVEY_PATHS.personal(token)) };
  const refused = Object.keys(view.errors).length > 0;
  return c.html(
    <Layout p={p} title={refused ? `${t.errorPrefix} ${title}` : `${title} (${t.step(view.step + 1, survey.sections.length)})`} cooperation={await surveyShell(c, p, survey)}>
      <h1>
        <LocalizedInline p={p} text={survey.title} />
      </h1>
      {view.saved ? (
        <div class="ds-alert" data-color="success" role="status">
          <p>{t.savedDraft}</p>
        </div>
      ) : null}
      <AnswerErrorSummary p={p} state={state} stepHref={(i) => `${p.href(SURVEY_PATHS.personal(token))}?steg=${i + 1}`} />
      {view.step === 0 ? <LocalizedProse p={p} text={survey.intro} /> : null}
      <p>{t.youAre(role, ctx.municipalityName)}</p>
      <p>
        <strong>{t.promise}:</strong> {promiseText(p, survey)}
      </p>
      <SurveyForm p={p} state={state} />
    </Layout>,
    status,
  );
}
