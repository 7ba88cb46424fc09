import { defineMessages } from './define';

/**
 * The accessibility statement, built as uutilsynet's model for Norwegian public websites: what it
 * covers, status of conformity with WCAG 2.1 AA, the known deviations as a list, how it was tested,
 * feedback and contact, the right to complain to the supervisory authority, and the date. Say only
 * what is true of the software; update the date and the deviations when they change.
 */
export const accessibility = defineMessages({
  nb: {
    title: 'Tilgjengelighetserklæring',
    description: 'Hvordan Samråd oppfyller kravene til universell utforming (WCAG 2.1 AA), kjente avvik, hvordan vi tester og hvordan du gir tilbakemelding.',
    intro:
      'Denne erklæringen gjelder de åpne sidene og arbeidsflaten i Samråd, på bokmål, nynorsk og engelsk. Samråd er en løsning for interkommunalt samarbeid: hvert samarbeid publiserer sine sider, møter, saker og dokumenter her.',
    lawTitle: 'Krav og regelverk',
    law:
      'Nettsteder som retter seg mot allmennheten, skal være universelt utformet. Kravene står i likestillings- og diskrimineringsloven § 18 og i forskrift om universell utforming av informasjons- og kommunikasjonsteknologiske (IKT)-løsninger, som viser til retningslinjene WCAG 2.1 på nivå A og AA.',
    statusTitle: 'Status for samsvar',
    statusLabel: 'Delvis i samsvar med WCAG 2.1 nivå A og AA.',
    status:
      'Løsningen er laget for å oppfylle alle kravene, og vi har ikke funnet brudd i egne tester. Den er ikke kontrollert av en uavhengig part, og noe innhold lastes opp av brukerne selv. Derfor oppgir vi delvis samsvar, og vi lister avvikene vi kjenner til nedenfor.',
    deviationsTitle: 'Kjente avvik og innhold som ikke er tilgjengelig',
    deviation1:
      'Vedlegg i PDF og Word som brukerne laster opp (saksdokumenter, notater, rapporter), er ikke kontrollert av oss og er ikke alltid universelt utformet. Be sekretariatet om en tilgjengelig versjon.',
    deviation2:
      'PDF- og Word-dokumenter som Samråd lager (saksfremlegg, møteinnkallinger, protokoller) har overskrifter og tekst, men er ikke kontrollert mot PDF/UA. Innholdet finnes også som nettside.',
    deviation3:
      'Diagrammer i resultatene av spørreundersøkelser er bilder. De samme tallene står alltid i en tabell ved siden av, slik at de kan leses uten å se diagrammet.',
    deviation4:
      'Tekst som samarbeidene skriver selv, finnes ikke alltid på nynorsk eller engelsk. Da viser vi teksten på språket den finnes på, merket med riktig språk og med en merknad om det. Oversettelser er merket som oversettelser.',
    deviation5:
      'Vi har ikke testet løsningen systematisk med skjermlesere eller sammen med brukere med nedsatt funksjonsevne. Automatiske tester finner bare en del av mulige feil.',
    testingTitle: 'Slik har vi testet',
    testing1: 'Automatisk test med axe (reglene for WCAG 2.1 A og AA) på hver sidetype, i nettleseren Chromium, i skjermbredde 1280 og 320 piksler, ved hver endring av koden.',
    testing2: 'Ved 320 piksler kontrollerer vi at ingenting krever sidelengs rulling (tilsvarer forstørring til 400 prosent). Brede tabeller rulles inne i sin egen ramme.',
    testing3: 'Sidene og skjemaene er testet uten JavaScript: alt virker uten.',
    testing4: 'Tastaturet: hoppelenken er det første du kommer til, alt kan nås og brukes med tastatur, og fokus vises tydelig.',
    testing5: 'Tekst som redaktørene skriver, renses før den vises, slik at den ikke kan legge til skript eller stiler.',
    feedbackTitle: 'Tilbakemelding og kontakt',
    feedback:
      'Finner du noe som ikke virker, eller som er vanskelig å bruke? Skriv hvilken side det gjelder, og hva som skjedde. Gjelder det innholdet i et samarbeid, kan du også kontakte sekretariatet i samarbeidet.',
    contactLabel: 'E-post',
    placeholderNote: 'Eksempeladresse: virksomheten som driver denne installasjonen, må sette inn sin egen.',
    complaintTitle: 'Klage og tilsyn',
    complaint:
      'Tilsynet for universell utforming av ikt (uutilsynet) fører tilsyn med at kravene blir fulgt. Får du ikke svar fra oss, eller er du ikke fornøyd med svaret, kan du klage til tilsynet.',
    complaintLink: 'Meld fra om mangler til uutilsynet (uutilsynet.no)',
    updated: (date: string) => `Erklæringen ble sist oppdatert ${date}.`,
  },
  nn: {
    title: 'Tilgjengelegheitserklæring',
    description: 'Korleis Samråd oppfyller krava til universell utforming (WCAG 2.1 AA), kjende avvik, korleis vi testar og korleis du gir tilbakemelding.',
    intro:
      'Denne erklæringa gjeld dei opne sidene og arbeidsflata i Samråd, på bokmål, nynorsk og engelsk. Samråd er ei løysing for interkommunalt samarbeid: kvart samarbeid publiserer sidene, møta, sakene og dokumenta sine her.',
    lawTitle: 'Krav og regelverk',
    law:
      'Nettstader som rettar seg mot allmenta, skal vere universelt utforma. Krava står i likestillings- og diskrimineringslova § 18 og i forskrift om universell utforming av informasjons- og kommunikasjonsteknologiske (IKT)-løysingar, som viser til retningslinjene WCAG 2.1 på nivå A og AA.',
    statusTitle: 'Status for samsvar',
    statusLabel: 'Delvis i samsvar med WCAG 2.1 nivå A og AA.',
    status:
      'Løysinga er laga for å oppfylle alle krava, og vi har ikkje funne brot i eigne testar. Ho er ikkje kontrollert av ein uavhengig part, og noko innhald blir lasta opp av brukarane sjølve. Difor oppgir vi delvis samsvar, og vi listar opp avvika vi kjenner til nedanfor.',
    deviationsTitle: 'Kjende avvik og innhald som ikkje er tilgjengeleg',
    deviation1:
      'Vedlegg i PDF og Word som brukarane lastar opp (saksdokument, notat, rapportar), er ikkje kontrollerte av oss og er ikkje alltid universelt utforma. Be sekretariatet om ein tilgjengeleg versjon.',
    deviation2:
      'PDF- og Word-dokument som Samråd lagar (saksframlegg, møteinnkallingar, protokollar) har overskrifter og tekst, men er ikkje kontrollerte mot PDF/UA. Innhaldet finst også som nettside.',
    deviation3:
      'Diagram i resultata av spørjeundersøkingar er bilete. Dei same tala står alltid i ein tabell ved sida av, slik at dei kan lesast utan å sjå diagrammet.',
    deviation4:
      'Tekst som samarbeida skriv sjølve, finst ikkje alltid på nynorsk eller engelsk. Då viser vi teksten på språket han finst på, merkt med rett språk og med ein merknad om det. Omsetjingar er merkte som omsetjingar.',
    deviation5:
      'Vi har ikkje testa løysinga systematisk med skjermlesarar eller saman med brukarar med nedsett funksjonsevne. Automatiske testar finn berre ein del av moglege feil.',
    testingTitle: 'Slik har vi testa',
    testing1: 'Automatisk test med axe (reglane for WCAG 2.1 A og AA) på kvar sidetype, i nettlesaren Chromium, i skjermbreidd 1280 og 320 pikslar, ved kvar endring av koden.',
    testing2: 'Ved 320 pikslar kontrollerer vi at ingenting krev sidelengs rulling (svarar til forstørring til 400 prosent). Breie tabellar blir rulla inne i si eiga ramme.',
    testing3: 'Sidene og skjemaa er testa utan JavaScript: alt verkar utan.',
    testing4: 'Tastaturet: hopplenkja er det første du kjem til, alt kan nåast og brukast med tastatur, og fokus blir vist tydeleg.',
    testing5: 'Tekst som redaktørane skriv, blir reinsa før han blir vist, slik at han ikkje kan leggje til skript eller stilar.',
    feedbackTitle: 'Tilbakemelding og kontakt',
    feedback:
      'Finn du noko som ikkje verkar, eller som er vanskeleg å bruke? Skriv kva side det gjeld, og kva som skjedde. Gjeld det innhaldet i eit samarbeid, kan du også kontakte sekretariatet i samarbeidet.',
    contactLabel: 'E-post',
    placeholderNote: 'Eksempeladresse: verksemda som driv denne installasjonen, må setje inn si eiga.',
    complaintTitle: 'Klage og tilsyn',
    complaint:
      'Tilsynet for universell utforming av ikt (uutilsynet) fører tilsyn med at krava blir følgde. Får du ikkje svar frå oss, eller er du ikkje nøgd med svaret, kan du klage til tilsynet.',
    complaintLink: 'Meld frå om manglar til uutilsynet (uutilsynet.no)',
    updated: (date: string) => `Erklæringa vart sist oppdatert ${date}.`,
  },
  en: {
    title: 'Accessibility statement',
    description: 'How Samråd meets the requirements for universal design (WCAG 2.1 AA), known deviations, how we test and how to give feedback.',
    intro:
      'This statement covers the public pages and the workspace of Samråd, in Norwegian Bokmål, Norwegian Nynorsk and English. Samråd is a platform for inter-municipal cooperation: each cooperation publishes its pages, meetings, cases and documents here.',
    lawTitle: 'Requirements and regulations',
    law:
      'Websites for the general public must be universally designed. The requirements are in section 18 of the Equality and Anti-Discrimination Act and in the Regulations on universal design of information and communication technology (ICT) solutions, which refer to the WCAG 2.1 guidelines at levels A and AA.',
    statusTitle: 'Status of conformity',
    statusLabel: 'Partially conforms to WCAG 2.1 levels A and AA.',
    status:
      'The platform is built to meet every requirement, and our own tests have found no failures. It has not been audited by an independent party, and some content is uploaded by users themselves. We therefore state partial conformity, and list the deviations we know of below.',
    deviationsTitle: 'Known deviations and content that is not accessible',
    deviation1:
      'PDF and Word attachments uploaded by users (case documents, notes, reports) are not checked by us and are not always universally designed. Ask the secretariat for an accessible version.',
    deviation2:
      'PDF and Word documents that Samråd produces (case papers, summonses, minutes) have headings and text, but have not been checked against PDF/UA. Their content is also available as a web page.',
    deviation3:
      'Charts in survey results are images. The same figures are always in a table beside them, so they can be read without seeing the chart.',
    deviation4:
      'Text written by the cooperations themselves is not always available in Nynorsk or English. We then show the text in the language it exists in, marked with its language and with a note saying so. Translations are marked as translations.',
    deviation5:
      'We have not tested the platform systematically with screen readers or together with users with disabilities. Automated tests find only some of the possible faults.',
    testingTitle: 'How we tested',
    testing1: 'Automated tests with axe (the rules for WCAG 2.1 A and AA) on every page type, in the Chromium browser, at screen widths of 1280 and 320 pixels, on every change to the code.',
    testing2: 'At 320 pixels we check that nothing needs scrolling sideways (equivalent to zooming to 400 percent). Wide tables scroll inside their own frame.',
    testing3: 'The pages and forms are tested without JavaScript: everything works without it.',
    testing4: 'Keyboard: the skip link is the first thing you reach, everything can be reached and used with a keyboard, and the focus is clearly shown.',
    testing5: 'Text that editors write is cleaned before it is shown, so it cannot add scripts or styles.',
    feedbackTitle: 'Feedback and contact',
    feedback:
      'Have you found something that does not work, or that is hard to use? Tell us which page it concerns and what happened. If it concerns the content of a cooperation, you can also contact that cooperation’s secretariat.',
    contactLabel: 'E-mail',
    placeholderNote: 'Example address: the organisation running this installation must put in its own.',
    complaintTitle: 'Complaints and supervision',
    complaint:
      'The Norwegian Authority for Universal Design of ICT (uutilsynet) supervises that the requirements are met. If you get no answer from us, or are not satisfied with the answer, you can complain to the authority.',
    complaintLink: 'Report shortcomings to uutilsynet (uutilsynet.no, in Norwegian)',
    updated: (date: string) => `This statement was last updated on ${date}.`,
  },
});
