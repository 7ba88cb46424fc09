import { randomInt } from 'node:crypto';
import type { Context } from 'hono';
import { PASSWORD_MIN_LENGTH, canManageUsers, createUser, disableUser, grantRole, listUsersWithGrants, nameGrants, revokeRole } from '../../modules/accounts';
import { listCooperations } from '../../modules/cooperations';
import { ROLES, type Role, type RoleGrant } from '../../platform/authz';
import { execute } from '../../platform/command';
import { NotFoundError } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/context';
import { formatDate, todayInOslo } from '../../platform/i18n';
import { Layout } from '../components/layout';
import { ScrollTable } from '../components/table';
import { accounts } from '../locales/accounts';
import { workspace } from '../locales/workspace';
import { pageContext, type PageContext } from '../page-context';
import { AuthorityDatalist, authorityOptions } from './authority-options';
import {
  Checkbox,
  Csrf,
  ErrorSummary,
  FormMessages,
  FormModel,
  SavedMessage,
  SelectInput,
  TextInput,
  type FailedForm,
} from './form-kit';
import { attempt, postedValues, savedRedirect, toSignIn, type Outcome } from './handler-kit';
import { MANAGE } from './manage-paths';
import { WORKSPACE } from './paths';

const CREATE = 'create-user';
const GRANT = 'grant-role';
/** Revoking and disabling are buttons in the table; what they are refused for is shown above it. */
const ACTIONS = 'user-actions';

/** `GET /arbeidsflate/brukere`: users and their roles, for administrators. Everyone else gets 404. */
export async function usersPage(c: Context<AppEnv>) {
  const p = pageContext(c);
  if (p.actor.kind !== 'user') return toSignIn(c, p, MANAGE.users);
  if (!canManageUsers(p.actor)) throw new NotFoundError();
  return render(c, p, null);
}

/** `POST /arbeidsflate/brukere`: creates a user with a password typed twice, or one made here and shown once. */
export async function createUserSubmit(c: Context<AppEnv>) {
  const p = pageContext(c);
  if (p.actor.kind !== 'user') return toSignIn(c, p, MANAGE.users);
  const t = workspace(p.locale);
  const v = await postedValues(c);
  const generate = v.generate === 'on';
  let outcome: Outcome<Awaited<ReturnType<typeof createUser>>>;
  let password = '';
  if (!generate && (v.password ?? '') !== (v.password_repeat ?? '')) {
    outcome = { ok: false, errors: { password_repeat: [{ text: t.passwordsDiffer, english: false }] } };
  } else {
    password = generate ? generatePassword() : (v.password ?? '');
    outcome = await attempt(() => createUser(c.var.db, p.actor, { email: v.email ?? '', name: v.name ?? '', password }));
  }
  if (!canManageUsers(p.actor)) throw new NotFoundError();
  if (!outcome.ok) return render(c, p, { form: CREATE, values: v, errors: outcome.errors }, 422);
  if (!generate) return savedRedirect(c, p, MANAGE.users, 'bruker');
  // Not a redirect: the password made here is shown in this answer only, never in an address or a log.
  return createdPage(c, p, outcome.value, password);
}

/** `POST /arbeidsflate/brukere/rolle`. */
export async function grantRoleSubmit(c: Context<AppEnv>) {
  return roleAction(c, GRANT, (v, actor) => execute(c.var.db, grantRole, actor, grantInput(v)), 'rolle');
}

/** `POST /arbeidsflate/brukere/fjern-rolle`: the grant is named by its role and scope, from hidden fields. */
export async function revokeRoleSubmit(c: Context<AppEnv>) {
  return roleAction(c, ACTIONS, (v, actor) => execute(c.var.db, revokeRole, actor, grantInput(v)), 'rolle-fjernet');
}

/** `POST /arbeidsflate/brukere/sperr`. */
export async function disableUserSubmit(c: Context<AppEnv>) {
  return roleAction(c, ACTIONS, (v, actor) => execute(c.var.db, disableUser, actor, { userId: Number(v.userId ?? '') }), 'sperret');
}

async function roleAction(
  c: Context<AppEnv>,
  form: string,
  run: (values: Record<string, string>, actor: PageContext['actor']) => Promise<unknown>,
  saved: string,
) {
  const p = pageContext(c);
  if (p.actor.kind !== 'user') return toSignIn(c, p, MANAGE.users);
  const v = await postedValues(c);
  const outcome = await attempt(() => run(v, p.actor));
  if (!canManageUsers(p.actor)) throw new NotFoundError();
  if (outcome.ok) return savedRedirect(c, p, MANAGE.users, saved);
  return render(c, p, { form, values: v, errors: outcome.errors }, 422);
}

function grantInput(v: Record<string, string>) {
  const cooperation = (v.cooperationId ?? '').trim();
  const authority = (v.authorityCode ?? '').trim();
  return {
    userId: Number(v.userId ?? ''),
    role: (v.role ?? '') as Role,
    cooperationId: cooperation === '' ? null : Number(cooperation),
    authorityCode: authority === '' ? null : authority,
  };
}

/** Five groups of four from letters and digits that are hard to mix up (no 0/O, 1/l/I …): about 112 bits. */
export function generatePassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY34679';
  const groups = Array.from({ length: 5 }, () => Array.from({ length: 4 }, () => alphabet[randomInt(alphabet.length)]).join(''));
  return groups.join('-');
}

async function render(c: Context<AppEnv>, p: PageContext, failed: FailedForm | null, status: 200 | 422 = 200) {
  const t = workspace(p.locale);
  const a = accounts(p.locale);
  const [users, cooperations, municipalities] = await Promise.all([
    listUsersWithGrants(c.var.db, c.var.actor),
    listCooperations(c.var.db),
    authorityOptions(c.var.db, todayInOslo(), 'municipality'),
  ]);
  const named = await nameGrants(c.var.db, users.flatMap((u) => u.grants));
  const grantText = (g: RoleGrant) => {
    const n = named.find((x) => x.role === g.role && x.cooperationId === g.cooperationId && x.authorityCode === g.authorityCode);
    return a.grant({ role: g.role, cooperation: n?.cooperationName ?? null, municipality: n?.authorityName ?? null });
  };
  const create = new FormModel(p, CREATE, {
    failed,
    labels: { email: t.email, name: t.userName, password: t.password, password_repeat: t.passwordRepeat, generate: t.generate },
  });
  const grant = new FormModel(p, GRANT, {
    failed,
    defaults: { role: 'secretariat' },
    labels: { userId: t.user, role: t.role, cooperationId: t.cooperation, authorityCode: t.municipality },
  });
  const actions = new FormModel(p, ACTIONS, { failed, labels: {} });
  const forms = [actions, create, grant];
  const refused = forms.some((f) => f.refused);
  const self = p.actor.kind === 'user' ? p.actor.userId : null;
  return c.html(
    <Layout p={p} title={refused ? `${t.errorPrefix} ${t.usersTitle}` : t.usersTitle}>
      <h1>{t.usersTitle}</h1>
      <p>{t.usersIntro}</p>
      <SavedMessage p={p} what={failed ? undefined : c.req.query('lagret')} />
      <ErrorSummary p={p} forms={forms} />
      <FormMessages f={actions} />
      <ScrollTable p={p} id="users" caption={t.usersCaption}>
        <thead>
          <tr>
            <th scope="col">{t.colName}</th>
            <th scope="col">{t.colEmail}</th>
            <th scope="col">{t.colRoles}</th>
            <th scope="col">{t.colAccount}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr>
              <th scope="row">
                {user.name}
                {user.id === self ? ` ${t.you}` : null}
              </th>
              <td>{user.email}</td>
              <td>
                {user.grants.length === 0 ? (
                  <span class="muted">{t.noRolesShort}</span>
                ) : (
                  <ul class="plain-list">
                    {user.grants.map((g) => (
                      <li>
                        {grantText(g)}{' '}
                        {/* Taking one's own administrator role could leave no one who can give it back. */}
                        {user.id === self && g.role === 'administrator' ? null : (
                          <form method="post" action={p.href(MANAGE.revokeRole)}>
                            <Csrf p={p} />
                            <input type="hidden" name="userId" value={String(user.id)} />
                            <input type="hidden" name="role" value={g.role} />
                            <input type="hidden" name="cooperationId" value={g.cooperationId === null ? '' : String(g.cooperationId)} />
                            <input type="hidden" name="authorityCode" value={g.authorityCode ?? ''} />
                            <button class="ds-button" type="submit" data-variant="tertiary" data-size="sm">
                              {t.revokeButton}
                              <span class="ds-sr-only"> {t.revokeWhat(grantText(g), user.name)}</span>
                            </button>
                          </form>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td>
                {user.disabledAt ? (
                  t.disabledOn(formatDate(user.disabledAt, p.locale))
                ) : (
                  <>
                    {t.active}
                    {user.id === self ? null : (
                      <form method="post" action={p.href(MANAGE.disableUser)}>
                        <Csrf p={p} />
                        <input type="hidden" name="userId" value={String(user.id)} />
                        <button class="ds-button" type="submit" data-variant="secondary" data-size="sm">
                          {t.disableButton}
                          <span class="ds-sr-only"> {t.disableWhat(user.name)}</span>
                        </button>
                      </form>
                    )}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>

      <section class="section" aria-labelledby="grant-heading">
        <h2 id="grant-heading">{t.grantHeading}</h2>
        <p>{t.grantIntro}</p>
        <form class="section" method="post" action={p.href(MANAGE.grantRole)} novalidate>
          <Csrf p={p} />
          <FormMessages f={grant} />
          <SelectInput
            f={grant}
            name="userId"
            label={t.user}
            choices={users.filter((u) => !u.disabledAt).map((u) => ({ value: String(u.id), label: `${u.name} (${u.email})` }))}
            required
          />
          <SelectInput f={grant} name="role" label={t.role} choices={ROLES.map((role) => ({ value: role, label: t.roleName(role) }))} required />
          <SelectInput
            f={grant}
            name="cooperationId"
            label={t.cooperation}
            choices={[{ value: '', label: t.anyCooperation }, ...cooperations.map((coop) => ({ value: String(coop.id), label: coop.name }))]}
          />
          <TextInput
            f={grant}
            name="authorityCode"
            label={t.municipality}
            hint={t.municipalityHint}
            inputmode="numeric"
            list="municipality-options"
            autocomplete="off"
          />
          <AuthorityDatalist p={p} id="municipality-options" authorities={municipalities} />
          <div>
            <button class="ds-button" type="submit">
              {t.grantButton}
            </button>
          </div>
        </form>
      </section>

      <section class="section" aria-labelledby="create-user-heading">
        <h2 id="create-user-heading">{t.createUserHeading}</h2>
        <form class="section" method="post" action={p.href(MANAGE.users)} novalidate>
          <Csrf p={p} />
          <FormMessages f={create} />
          <TextInput f={create} name="email" label={t.email} type="email" autocomplete="off" required />
          <TextInput f={create} name="name" label={t.userName} hint={t.userNameHint} autocomplete="off" required />
          <TextInput f={create} name="password" label={t.password} hint={t.passwordHint(PASSWORD_MIN_LENGTH)} type="password" autocomplete="new-password" />
          <TextInput f={create} name="password_repeat" label={t.passwordRepeat} type="password" autocomplete="new-password" />
          <Checkbox f={create} name="generate" label={t.generate} hint={t.generateHint} />
          <div>
            <button class="ds-button" type="submit">
              {t.createUserButton}
            </button>
          </div>
        </form>
      </section>
      <p>
        <a href={p.href(WORKSPACE.home)}>{t.backToWorkspace}</a>
      </p>
    </Layout>,
    status,
  );
}

function createdPage(c: Context<AppEnv>, p: PageContext, user: { name: string; email: string }, password: string) {
  const t = workspace(p.locale);
  return c.html(
    <Layout p={p} title={t.createdTitle}>
      <h1>{t.createdTitle}</h1>
      <div class="ds-alert" data-color="success" role="status">
        <p>{t.createdText(user.name, user.email)}</p>
      </div>
      <dl class="facts">
        <dt>{t.email}</dt>
        <dd>{user.email}</dd>
        <dt>{t.generatedPassword}</dt>
        <dd>
          <code class="generated-password">{password}</code>
        </dd>
      </dl>
      <p>{t.generatedPasswordNote}</p>
      <p>
        <a href={p.href(MANAGE.users)}>{t.backToUsers}</a>
      </p>
    </Layout>,
  );
}

