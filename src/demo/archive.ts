import type { Transaction } from 'kysely';
import { addDocument } from '../modules/archive';
import type { Actor } from '../platform/authz';
import { execute } from '../platform/command';
import type { Database } from '../platform/db/schema';
import { NO_LINKS, type DemoLinks } from './links';

/**
 * The demo's archive: the two source documents in /work/shared/seeds as documents of kind 'source'
 * of Vestregionen, their text quoted exactly (seed 2 without the site's menu and header words).
 * Added through the archive's own command, so each has its audit entry.
 */

/** Seed 1: the case paper to Styringsgruppen's meeting 15.03.2018. */
export const SEED_CASE_PAPER = {
  title: 'Sak 03/2018 Vestregionens fremtid – skisse til fremtidig samarbeid',
  date: '2018-03-15',
  text: "Møte i Styringsgruppen 15. mars 2018\n\nSak 03/2018 Vestregionens fremtid – skisse til fremtidig samarbeid\n\nForslag til vedtak:\n\nStyringsgruppen slutter seg til Rådmannsgruppens forslag til fremtidig samarbeid og organisering av prosessen fram til juni 2018.\n\nDet utarbeides et felles saksgrunnlag som kan benyttes av den enkelte kommune som grunnlag for den politiske behandlingen, hvis ønskelig.\n\nBakgrunn\n\nStyringsgruppen besluttet i møte 15.06.2017 å gjennomføre en prosess fram til juni 2018 for å avklare Vestregionens framtidige organisering. Fremtidig organisering av Kommunehelsesamarbeidet som involverer alle kommuner i Vestre Vikens opptaksområde, skal behandles i et eget politisk møte i juni 2018.\n\nStyringsgruppens behandling desember 2017\n\nI styringsgruppens møte 7.12.2017 orienterte ordførerne om status og planlagt framdrift for politisk behandling av Vestregionens fremtid. Samtlige kommuner ga uttrykk for at de har positive erfaringer fra samarbeidet; særlig i forhold til innsatsområdene helse og kultur. Innsatsområdet regional utvikling, oppfattes som mindre relevant.\n\nDrammen, Svelvik, og Nedre Eiker informerte om at kommunene har vedtatt at Vestregionen bør avvikles og at etablering av nye, regionale samarbeidsformer bør vurderes med utgangspunkt i ny kommune- og regionstruktur.\n\nRådmannsgruppens behandling februar 2018\n\nRådmannsgruppens leder var i forkant av møtet i kontakt med samtlige rådmenn for å innhente synspunkter med hensyn til videre organisering. Inntrykket fra styringsgruppens møte på Kleivstua 7.12 ble bekreftet. Alle ser behov for kontakt og samarbeid fremover bl.a. i forhold til Viken fylkeskommune som etableres fra 1.1.2020. Det oppfattes positivt at Kommunehelsesamarbeidet og samarbeid om BPA fortsetter, og mange ønsker også å videreføre Kunst Rett Vest; gjerne i regi av Viken fylkeskommune.\n\nRådmannsgruppen samlet seg om å legge fram følgende skisse til behandling i Styringsgruppen 15.3.2018:\n\n1. Det politiske samarbeidet videreføres i 2019 og 2020 med årlig to fellesmøter og et todagers seminar. I løpet av denne perioden utformes en videre samarbeidsform for kommunene vest i Viken.\n2. Rådmennene møtes tilsvarende i forkant av de politiske møtene.\n3. Bærum kommune kan påta seg ansvaret for å tilrettelegge for dettes samarbeidet.\n4. Kommunehelsesamarbeidet (KHS) videreføres for de 26 kommunene i Vestre Vikens opptaksområde med egen finansiering og organisering.\n5. Samarbeidet om brukerstyrt personlig assistanse (BPA) vurderes videreført som en integrert del av Kommunehelsesamarbeidet.\n\n6. Norsk Helsenetts prosjekt Elektronisk meldingsutveksling (KomUt) vurderes lagt til Kommnehelsesamarbeidet.\n\n7. Kunst rett vest søkes fra 2020 videreført i et samarbeid mellom kommunene og med en eventuell sterkere involvering fra Viken fylkeskommune. Bærum arrangerer KRV i 2019.\n\n8. Videreføring av Ungdomssymfonikerne søkes i et samarbeid mellom kommuner som ønsker å bidra økonomisk og organisatorisk. Tiltaket drives foreløpig frem til sommeren 2019.\n\n9. Vestregionen som § 27-samarbeid opphører fra 1.1.2019.\n\nForslag til revidert fremdrift\n\nDersom det er oppslutning om skissen til løsning beskrevet over, kan prosessen frem til juni organiseres slik:\n\n15.3: Styringsgruppen – ordinært møte\n\n16.3 – 30.5:\n\n Poltisk behandling i kommunene\n\n31.5: Rådmannsgruppen – ordinært møte\n\n14.6: Styringsgruppemøte + Generalforsamling",
};

/**
 * Seed 2: the web page "Vestregionens framtid". The page carries no date; its progress plan still lies
 * ahead (October–November survey, Rådmannsgruppen 23 November), so it is dated 1 October 2017 and the
 * description says that the date is reconstructed.
 */
export const SEED_WEB_PAGE = {
  title: 'Vestregionens framtid',
  date: '2017-10-01',
  description: 'Nettside fra Vestregionen. Siden er udatert; datoen er satt ut fra framdriftsplanen (rekonstruert).',
  text: "Vestregionen har besluttet å gjennomføre en prosess fram til juni 2018, for å avklare alliansens framtidige organisering. Dokumenter som blir produsert i løpet av prosessen, og annen informasjon, vil du finne her.\n\nUtfordringsbildet\nRådmannsgruppen har utarbeidet et drøftingsnotat som beskriver utfordringsbildet og formulerer noen sentrale spørsmål som bør drøftes både lokalt i den enkelte kommune og deretter samlet i Vestregionen:\n-Hvilke av dagens oppgaver ønsker kommunene å samarbeide om?\n-Hvilke aktører må kommunene samarbeide med?\n-Hvilke felles interesser bør vi samarbeide om?\n-Alternative samarbeidsformer for kommunene i Vestregionen?\n\nRådmannsgruppen ser at det grovt sett er to alternativer:\na) Bygge videre på dagens samarbeid i Vestregionen og tilpasse den til ny kommune- og regionstruktur,         og til de oppgavene vi ønsker å samarbeide om. \n\nb) Avvikle Vestregionen i sin nåværende form og organisasjon. Og så bygge opp nye strukturer som kommunene i fellesskap kommer frem til, vil være nyttige. Det innebærer også fremtidig kommunehelsesamarbeid og samarbeidsstruktur inn mot Region Viken.\n\nSpørreundersøkelse\nDet er utarbeidet en spørreundersøkelse som fokuserer på kjennskap til Vestregionens arbeid og vurdering av nytten av arbeidet. Undersøkelsen er sendt til ordførere, varaordførere, rådmenn og kommunalsjefer. Det er også anledning for øvrige folkevalgte og ansatte til å svare. Link til undersøkelsen finner du her.\n\nFramdriftsplan\nFølgende framdriftsplan er lagt til grunn for prosessen:\nOktober - november   Gjennomføre spørreundersøkelse\n                                   Drøfting i hver kommune\n23. november             Møte i Rådmannsgruppen\n07. desember             Møte i Styringsgruppen\n22. februar                  Møte i Rådmannsgruppen. Her inviteres øvrige rådmenn i Kommunehelsesamarbeidet\n15. mars                     Møte i Styringsgruppen (kan utvides til hel dag)\n03. mai                       Møte i Rådmannsgruppen\n24. mai                       Møte i Styringsgruppen\n14. juni                       Generalforsamling",
};

export async function seedArchive(trx: Transaction<Database>, actor: Actor, links: DemoLinks = NO_LINKS): Promise<void> {
  const cooperation = await trx.selectFrom('cooperations').select('id').where('slug', '=', 'vestregionen').executeTakeFirstOrThrow();
  const body = await trx
    .selectFrom('bodies')
    .select('id')
    .where('cooperation_id', '=', cooperation.id)
    .where('slug', '=', 'styringsgruppen')
    .executeTakeFirst();
  const common = { cooperation_id: cooperation.id, kind: 'source' as const, language: 'nb' as const, is_public: true };
  const caseId = links.caseId('styringsgruppen', '03/2018');
  const meetingId = links.meetingId('styringsgruppen', '2018-03-15');
  await execute(trx, addDocument, actor, {
    ...common,
    title: SEED_CASE_PAPER.title,
    document_date: SEED_CASE_PAPER.date,
    body_id: body?.id ?? null,
    case_id: caseId,
    meeting_id: meetingId,
    text: SEED_CASE_PAPER.text,
  });
  await execute(trx, addDocument, actor, {
    ...common,
    title: SEED_WEB_PAGE.title,
    description: SEED_WEB_PAGE.description,
    document_date: SEED_WEB_PAGE.date,
    text: SEED_WEB_PAGE.text,
  });
}
