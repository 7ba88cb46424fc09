import type { Role } from '../../platform/authz';
import { defineMessages } from './define';

/** A grant with the names of its scope, as the workspace shows it. */
export interface GrantWords {
  role: Role;
  cooperation: string | null;
  municipality: string | null;
}

/** Sign-in, the workspace's start page and the audit trail. */
export const accounts = defineMessages({
  nb: {
    signInTitle: 'Logg inn',
    errorPrefix: 'Feil:',
    signInIntro: 'Logg inn med e-postadressen og passordet ditt for å komme til arbeidsflaten.',
    email: 'E-postadresse',
    password: 'Passord',
    signInButton: 'Logg inn',
    noAccount: 'Har du ikke bruker? Kontakt sekretariatet i samarbeidet, så kan en administrator opprette en til deg.',
    errorSummary: 'Du må rette dette før du kan logge inn:',
    emailRequired: 'Skriv inn e-postadressen din.',
    passwordRequired: 'Skriv inn passordet ditt.',
    wrongCredentials: 'E-postadressen eller passordet er feil.',
    accountDisabled: 'Brukeren din er sperret. Kontakt en administrator hvis du trenger tilgang.',
    tooManyAttempts: (minutes: number) =>
      `For mange mislykkede forsøk på å logge inn. Vent ${minutes} ${minutes === 1 ? 'minutt' : 'minutter'} og prøv igjen.`,

    workspaceTitle: 'Arbeidsflate',
    workspaceIntro: (name: string) => `Velkommen, ${name}.`,
    signedInAs: 'Du er logget inn som',
    yourRoles: 'Rollene dine',
    noRoles: 'Du har ingen roller ennå. En administrator kan gi deg en rolle.',
    whatYouCanDo: 'Dette kan du gjøre',
    auditTrailLink: 'Se revisjonsloggen: alle endringer, hvem som gjorde dem og når',
    publicSiteLink: 'Gå til de offentlige sidene',
    signOutButton: 'Logg ut',

    grant: (g: GrantWords) => {
      switch (g.role) {
        case 'administrator':
          return 'Administrator for hele løsningen';
        case 'municipal_clerk':
          return `Kommunal saksbehandler for ${g.municipality}${g.cooperation ? ` i ${g.cooperation}` : ''}`;
        case 'secretariat':
          return `Sekretariat for ${g.cooperation ?? 'alle samarbeid'}`;
        case 'member':
          return g.cooperation ? `Medlem i ${g.cooperation}` : 'Medlem i alle samarbeid';
        case 'editor':
          return `Redaktør for ${g.cooperation ?? 'alle samarbeid'}`;
      }
    },

    auditTitle: 'Revisjonslogg',
    auditIntro: 'Alle endringer som er gjort, med hvem som gjorde dem og når. Nyeste endring står først.',
    auditEmpty: 'Ingen endringer er registrert ennå.',
    auditCaption: (from: string, to: string, total: string) => `Endring ${from}–${to} av ${total}`,
    colWhen: 'Tidspunkt',
    colWho: 'Utført av',
    colAction: 'Handling',
    colEntity: 'Gjelder',
    colChange: 'Endring',
    showChange: 'Vis endringen',
    before: 'Før',
    after: 'Etter',
    noChangeData: 'Ingen detaljer',
    at: 'kl.',
    entity: (type: string, id: string) =>
      `${({ user: 'Bruker', cooperation: 'Samarbeid', membership: 'Medlemskap', body: 'Organ', seat: 'Plass', person: 'Person' } as Record<string, string>)[type] ?? type} ${id}`,
    action: (code: string) =>
      ({
        'user.create': 'Opprettet bruker',
        'user.grant_role': 'Ga rolle',
        'user.revoke_role': 'Fjernet rolle',
        'user.disable': 'Sperret bruker',
        'cooperation.create': 'Opprettet samarbeid',
        'cooperation.update': 'Endret samarbeid',
        'membership.add': 'La til medlem',
        'membership.end': 'Avsluttet medlemskap',
        'body.create': 'Opprettet organ',
        'person.create': 'Registrerte person',
        'seat.add': 'La til plass',
        'seat.end': 'Avsluttet plass',
      })[code] ?? code,
    pagination: 'Sider i revisjonsloggen',
    previousPage: 'Forrige side',
    nextPage: 'Neste side',
    pageWord: 'Side',
    pageOf: (page: number, pages: number) => `Side ${page} av ${pages}`,
  },
  nn: {
    signInTitle: 'Logg inn',
    errorPrefix: 'Feil:',
    signInIntro: 'Logg inn med e-postadressa og passordet ditt for å kome til arbeidsflata.',
    email: 'E-postadresse',
    password: 'Passord',
    signInButton: 'Logg inn',
    noAccount: 'Har du ikkje brukar? Kontakt sekretariatet i samarbeidet, så kan ein administrator opprette ein til deg.',
    errorSummary: 'Du må rette dette før du kan logge inn:',
    emailRequired: 'Skriv inn e-postadressa di.',
    passwordRequired: 'Skriv inn passordet ditt.',
    wrongCredentials: 'E-postadressa eller passordet er feil.',
    accountDisabled: 'Brukaren din er sperra. Kontakt ein administrator om du treng tilgang.',
    tooManyAttempts: (minutes: number) =>
      `For mange mislukka forsøk på å logge inn. Vent ${minutes} minutt og prøv igjen.`,

    workspaceTitle: 'Arbeidsflate',
    workspaceIntro: (name: string) => `Velkomen, ${name}.`,
    signedInAs: 'Du er logga inn som',
    yourRoles: 'Rollene dine',
    noRoles: 'Du har ingen roller enno. Ein administrator kan gi deg ei rolle.',
    whatYouCanDo: 'Dette kan du gjere',
    auditTrailLink: 'Sjå revisjonsloggen: alle endringar, kven som gjorde dei og når',
    publicSiteLink: 'Gå til dei offentlege sidene',
    signOutButton: 'Logg ut',

    grant: (g: GrantWords) => {
      switch (g.role) {
        case 'administrator':
          return 'Administrator for heile løysinga';
        case 'municipal_clerk':
          return `Kommunal saksbehandlar for ${g.municipality}${g.cooperation ? ` i ${g.cooperation}` : ''}`;
        case 'secretariat':
          return `Sekretariat for ${g.cooperation ?? 'alle samarbeid'}`;
        case 'member':
          return g.cooperation ? `Medlem i ${g.cooperation}` : 'Medlem i alle samarbeid';
        case 'editor':
          return `Redaktør for ${g.cooperation ?? 'alle samarbeid'}`;
      }
    },

    auditTitle: 'Revisjonslogg',
    auditIntro: 'Alle endringar som er gjorde, med kven som gjorde dei og når. Nyaste endring står først.',
    auditEmpty: 'Ingen endringar er registrerte enno.',
    auditCaption: (from: string, to: string, total: string) => `Endring ${from}–${to} av ${total}`,
    colWhen: 'Tidspunkt',
    colWho: 'Utført av',
    colAction: 'Handling',
    colEntity: 'Gjeld',
    colChange: 'Endring',
    showChange: 'Vis endringa',
    before: 'Før',
    after: 'Etter',
    noChangeData: 'Ingen detaljar',
    at: 'kl.',
    entity: (type: string, id: string) =>
      `${({ user: 'Brukar', cooperation: 'Samarbeid', membership: 'Medlemskap', body: 'Organ', seat: 'Plass', person: 'Person' } as Record<string, string>)[type] ?? type} ${id}`,
    action: (code: string) =>
      ({
        'user.create': 'Oppretta brukar',
        'user.grant_role': 'Gav rolle',
        'user.revoke_role': 'Fjerna rolle',
        'user.disable': 'Sperra brukar',
        'cooperation.create': 'Oppretta samarbeid',
        'cooperation.update': 'Endra samarbeid',
        'membership.add': 'La til medlem',
        'membership.end': 'Avslutta medlemskap',
        'body.create': 'Oppretta organ',
        'person.create': 'Registrerte person',
        'seat.add': 'La til plass',
        'seat.end': 'Avslutta plass',
      })[code] ?? code,
    pagination: 'Sider i revisjonsloggen',
    previousPage: 'Førre side',
    nextPage: 'Neste side',
    pageWord: 'Side',
    pageOf: (page: number, pages: number) => `Side ${page} av ${pages}`,
  },
  en: {
    signInTitle: 'Sign in',
    errorPrefix: 'Error:',
    signInIntro: 'Sign in with your e-mail address and password to reach your workspace.',
    email: 'E-mail address',
    password: 'Password',
    signInButton: 'Sign in',
    noAccount: 'No account? Contact the cooperation’s secretariat, and an administrator can create one for you.',
    errorSummary: 'Correct the following before you can sign in:',
    emailRequired: 'Enter your e-mail address.',
    passwordRequired: 'Enter your password.',
    wrongCredentials: 'The e-mail address or the password is wrong.',
    accountDisabled: 'Your account has been disabled. Contact an administrator if you need access.',
    tooManyAttempts: (minutes: number) =>
      `Too many failed attempts to sign in. Wait ${minutes} ${minutes === 1 ? 'minute' : 'minutes'} and try again.`,

    workspaceTitle: 'Workspace',
    workspaceIntro: (name: string) => `Welcome, ${name}.`,
    signedInAs: 'You are signed in as',
    yourRoles: 'Your roles',
    noRoles: 'You have no roles yet. An administrator can give you one.',
    whatYouCanDo: 'What you can do',
    auditTrailLink: 'See the audit trail: every change, who made it and when',
    publicSiteLink: 'Go to the public pages',
    signOutButton: 'Sign out',

    grant: (g: GrantWords) => {
      switch (g.role) {
        case 'administrator':
          return 'Administrator of the whole installation';
        case 'municipal_clerk':
          return `Municipal clerk for ${g.municipality}${g.cooperation ? ` in ${g.cooperation}` : ''}`;
        case 'secretariat':
          return `Secretariat for ${g.cooperation ?? 'all cooperations'}`;
        case 'member':
          return g.cooperation ? `Member in ${g.cooperation}` : 'Member in all cooperations';
        case 'editor':
          return `Editor for ${g.cooperation ?? 'all cooperations'}`;
      }
    },

    auditTitle: 'Audit trail',
    auditIntro: 'Every change made, with who made it and when. The newest change comes first.',
    auditEmpty: 'No changes have been recorded yet.',
    auditCaption: (from: string, to: string, total: string) => `Changes ${from}–${to} of ${total}`,
    colWhen: 'Time',
    colWho: 'Made by',
    colAction: 'Action',
    colEntity: 'Concerns',
    colChange: 'Change',
    showChange: 'Show the change',
    before: 'Before',
    after: 'After',
    noChangeData: 'No details',
    at: 'at',
    entity: (type: string, id: string) =>
      `${({ user: 'User', cooperation: 'Cooperation', membership: 'Membership', body: 'Body', seat: 'Seat', person: 'Person' } as Record<string, string>)[type] ?? type} ${id}`,
    action: (code: string) =>
      ({
        'user.create': 'Created user',
        'user.grant_role': 'Granted role',
        'user.revoke_role': 'Revoked role',
        'user.disable': 'Disabled user',
        'cooperation.create': 'Created cooperation',
        'cooperation.update': 'Changed cooperation',
        'membership.add': 'Added member',
        'membership.end': 'Ended membership',
        'body.create': 'Created body',
        'person.create': 'Registered person',
        'seat.add': 'Added seat',
        'seat.end': 'Ended seat',
      })[code] ?? code,
    pagination: 'Pages of the audit trail',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    pageWord: 'Page',
    pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,
  },
});
