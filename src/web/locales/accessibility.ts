import { defineMessages } from './define';

/**
 * The accessibility statement, built like the statements Norwegian public bodies publish through
 * uutilsynet: law and standard, status, how we test, known deviations, feedback, supervision, date.
 * Say only what is true of the software; update the date and the deviations when they change.
 */
export const accessibility = defineMessages({
  nb: {
    title: 'Tilgjengelighetserklæring',
    description: 'Hvordan Samråd oppfyller kravene til universell utforming, kjente avvik og hvordan du gir tilbakemelding.',
    intro:
      'Samråd er en løsning for interkommunalt samarbeid. Denne erklæringen gjelder de åpne sidene og arbeidsflaten i Samråd, på alle tre språk (bokmål, nynorsk og engelsk).',
    lawTitle: 'Krav og regelverk',
    law:
      'Offentlige og private virksomheter som retter seg mot allmennheten, skal oppfylle kravene til universell utforming av nettsteder. Kravene står i likestillings- og diskrimineringsloven § 18 og i forskrift om universell utforming av informasjons- og kommunikasjonsteknologiske (IKT)-løsninger. Forskriften viser til retningslinjene for tilgjengelig webinnhold, WCAG 2.1, nivå A og AA.',
    statusTitle: 'Status',
    status:
      'Vi har laget Samråd for å oppfylle WCAG 2.1 nivå A og AA. Nettstedet er ikke kontrollert av en uavhengig part ennå. Derfor oppgir vi at det er delvis i samsvar med kravene, til en slik kontroll er gjort.',
    testingTitle: 'Slik tester vi',
    testing1: 'Automatiske tester med axe (reglene for WCAG 2.1 A og AA) på hver sidetype, i nettleseren Chromium, ved hver endring av koden.',
    testing2: 'Alle sider og skjemaer virker uten JavaScript.',
    testing3:
      'Sidene tilpasser seg skjermbredder ned til 320 piksler, slik at innholdet kan forstørres til 400 prosent uten sidelengs rulling. Brede tabeller rulles inne i sin egen ramme.',
    testing4: 'Alt kan brukes med tastatur, og det vises tydelig hvor fokus er.',
    deviationsTitle: 'Kjente avvik',
    deviation1:
      'Nettstedet er ikke kontrollert av en uavhengig part, og vi har ikke testet det systematisk med skjermlesere. Automatiske tester finner bare en del av mulige feil.',
    deviation2:
      'Tekst som samarbeidene skriver selv, finnes ikke alltid på nynorsk eller engelsk. Da viser vi teksten på språket den finnes på, merket med riktig språk og med en merknad om det.',
    feedbackTitle: 'Tilbakemelding',
    feedback:
      'Finner du noe som ikke virker, eller som er vanskelig å bruke? Kontakt sekretariatet i samarbeidet du besøker, så retter vi det. Skriv hvilken side det gjelder, og hva som skjedde.',
    supervisionTitle: 'Tilsyn',
    supervision:
      'Tilsynet for universell utforming av ikt (uutilsynet) fører tilsyn med at kravene blir fulgt. Du kan melde fra om mangler til tilsynet.',
    supervisionLink: 'Nettstedet til uutilsynet',
    updated: (date: string) => `Erklæringen ble sist oppdatert ${date}.`,
  },
  nn: {
    title: 'Tilgjengelegheitserklæring',
    description: 'Korleis Samråd oppfyller krava til universell utforming, kjende avvik og korleis du gir tilbakemelding.',
    intro:
      'Samråd er ei løysing for interkommunalt samarbeid. Denne erklæringa gjeld dei opne sidene og arbeidsflata i Samråd, på alle dei tre språka (bokmål, nynorsk og engelsk).',
    lawTitle: 'Krav og regelverk',
    law:
      'Offentlege og private verksemder som rettar seg mot allmenta, skal oppfylle krava til universell utforming av nettstader. Krava står i likestillings- og diskrimineringslova § 18 og i forskrift om universell utforming av informasjons- og kommunikasjonsteknologiske (IKT)-løysingar. Forskrifta viser til retningslinjene for tilgjengeleg webinnhald, WCAG 2.1, nivå A og AA.',
    statusTitle: 'Status',
    status:
      'Vi har laga Samråd for å oppfylle WCAG 2.1 nivå A og AA. Nettstaden er ikkje kontrollert av ein uavhengig part enno. Difor oppgir vi at han er delvis i samsvar med krava, til ein slik kontroll er gjord.',
    testingTitle: 'Slik testar vi',
    testing1: 'Automatiske testar med axe (reglane for WCAG 2.1 A og AA) på kvar sidetype, i nettlesaren Chromium, ved kvar endring av koden.',
    testing2: 'Alle sider og skjema verkar utan JavaScript.',
    testing3:
      'Sidene tilpassar seg skjermbreidder ned til 320 pikslar, slik at innhaldet kan forstørrast til 400 prosent utan sidelengs rulling. Breie tabellar blir rulla inne i si eiga ramme.',
    testing4: 'Alt kan brukast med tastatur, og det blir vist tydeleg kvar fokus er.',
    deviationsTitle: 'Kjende avvik',
    deviation1:
      'Nettstaden er ikkje kontrollert av ein uavhengig part, og vi har ikkje testa han systematisk med skjermlesarar. Automatiske testar finn berre ein del av moglege feil.',
    deviation2:
      'Tekst som samarbeida skriv sjølve, finst ikkje alltid på nynorsk eller engelsk. Då viser vi teksten på språket han finst på, merkt med rett språk og med ein merknad om det.',
    feedbackTitle: 'Tilbakemelding',
    feedback:
      'Finn du noko som ikkje verkar, eller som er vanskeleg å bruke? Kontakt sekretariatet i samarbeidet du besøkjer, så rettar vi det. Skriv kva side det gjeld, og kva som skjedde.',
    supervisionTitle: 'Tilsyn',
    supervision:
      'Tilsynet for universell utforming av ikt (uutilsynet) fører tilsyn med at krava blir følgde. Du kan melde frå om manglar til tilsynet.',
    supervisionLink: 'Nettstaden til uutilsynet',
    updated: (date: string) => `Erklæringa vart sist oppdatert ${date}.`,
  },
  en: {
    title: 'Accessibility statement',
    description: 'How Samråd meets the requirements for universal design, known deviations and how to give feedback.',
    intro:
      'Samråd is a platform for inter-municipal cooperation. This statement covers the public pages and the workspace of Samråd, in all three languages (Norwegian Bokmål, Norwegian Nynorsk and English).',
    lawTitle: 'Requirements and regulations',
    law:
      'Public and private organisations that serve the general public must meet the requirements for universal design of websites. The requirements are set out in section 18 of the Equality and Anti-Discrimination Act and in the Regulations on universal design of information and communication technology (ICT) solutions, which refer to the Web Content Accessibility Guidelines, WCAG 2.1, levels A and AA.',
    statusTitle: 'Status',
    status:
      'We built Samråd to meet WCAG 2.1 levels A and AA. The website has not yet been audited by an independent party. Until it has, we state that it partially conforms to the requirements.',
    testingTitle: 'How we test',
    testing1: 'Automated tests with axe (the rules for WCAG 2.1 A and AA) on every page type, in the Chromium browser, on every change to the code.',
    testing2: 'All pages and forms work without JavaScript.',
    testing3:
      'The pages adapt to screen widths down to 320 pixels, so content can be enlarged to 400 percent without scrolling sideways. Wide tables scroll inside their own frame.',
    testing4: 'Everything can be used with a keyboard, and it is clearly shown where the focus is.',
    deviationsTitle: 'Known deviations',
    deviation1:
      'The website has not been audited by an independent party, and we have not tested it systematically with screen readers. Automated tests find only some of the possible faults.',
    deviation2:
      'Text written by the cooperations themselves does not always exist in Nynorsk or English. We then show the text in the language it exists in, marked with its language and with a note saying so.',
    feedbackTitle: 'Feedback',
    feedback:
      'Have you found something that does not work, or that is hard to use? Contact the secretariat of the cooperation you are visiting, and we will fix it. Tell us which page it concerns and what happened.',
    supervisionTitle: 'Supervision',
    supervision:
      'The Norwegian Authority for Universal Design of ICT (uutilsynet) supervises that the requirements are met. You can report shortcomings to the authority.',
    supervisionLink: 'The website of uutilsynet',
    updated: (date: string) => `This statement was last updated on ${date}.`,
  },
});
