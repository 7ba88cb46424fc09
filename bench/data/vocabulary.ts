// The words the generated case papers are made of: the fields municipalities cooperate in, the nouns
// and verbs of Norwegian case papers, and the bodies that treat them. Compounds are built from a field
// and a head ("beredskaps" + "plan"), as Norwegian does, which gives a vocabulary of thousands of words
// in which prefix searches ("beredskap" → beredskapsplanen) behave as they do on real papers.

/** Fields of cooperation, in the form they take as the first part of a compound. */
export const FIELDS = [
  'barnevern', 'legevakt', 'renovasjons', 'brann', 'helse', 'kultur', 'samferdsels', 'innkjøps', 'arkiv',
  'folkehelse', 'kompetanse', 'nærings', 'landbruks', 'miljø', 'klima', 'beredskaps', 'skole', 'barnehage',
  'eldreomsorgs', 'rus', 'vann', 'avløps', 'byggesaks', 'regnskaps', 'lønns', 'skatte', 'krisesenter',
  'friluftslivs', 'reiselivs', 'bibliotek', 'idretts', 'kollektiv', 'veg', 'havne', 'fiskeri', 'skogbruks',
  'energi', 'bredbånds', 'digitaliserings', 'personvern', 'bosettings', 'integrerings', 'ungdoms', 'familie',
  'sykehjems', 'hjemmetjeneste', 'rehabiliterings', 'tannhelse', 'jordmor', 'smittevern', 'veterinær',
  'kommuneoverlege', 'sosial', 'psykiatri', 'rådgivnings', 'oppvekst', 'planleggings', 'eiendoms', 'kart',
  'oppmålings', 'forvaltnings', 'tilsyns', 'utviklings', 'samhandlings', 'velferds', 'omsorgs', 'turisme',
  'kulturskole', 'musikk', 'fritids', 'flyktning', 'sjø', 'fjell', 'strand', 'kyst', 'vassdrags', 'natur',
  'arealplan', 'trafikksikkerhets', 'sykkel', 'gang', 'pendler', 'bolig', 'boligsosial', 'næringsutviklings',
  'gründer', 'fagskole', 'lærlinge', 'arbeidsgiver', 'rekrutterings', 'kvalitets', 'internkontroll', 'revisjons',
  'innovasjons', 'tjenesteutviklings', 'interkommunal', 'regional', 'distrikts', 'grense', 'samisk', 'språk',
] as const;

/** Heads of compounds: [indefinite, definite, plural definite, gender]. */
export const HEADS: readonly (readonly [string, string, string, 'm' | 'n'])[] = [
  ['tjeneste', 'tjenesten', 'tjenestene', 'm'],
  ['samarbeid', 'samarbeidet', 'samarbeidene', 'n'],
  ['ordning', 'ordningen', 'ordningene', 'm'],
  ['plan', 'planen', 'planene', 'm'],
  ['prosjekt', 'prosjektet', 'prosjektene', 'n'],
  ['tilbud', 'tilbudet', 'tilbudene', 'n'],
  ['strategi', 'strategien', 'strategiene', 'm'],
  ['avtale', 'avtalen', 'avtalene', 'm'],
  ['utvalg', 'utvalget', 'utvalgene', 'n'],
  ['budsjett', 'budsjettet', 'budsjettene', 'n'],
  ['rapport', 'rapporten', 'rapportene', 'm'],
  ['utredning', 'utredningen', 'utredningene', 'm'],
  ['satsing', 'satsingen', 'satsingene', 'm'],
  ['nettverk', 'nettverket', 'nettverkene', 'n'],
  ['kontor', 'kontoret', 'kontorene', 'n'],
  ['område', 'området', 'områdene', 'n'],
  ['arbeid', 'arbeidet', 'arbeidene', 'n'],
  ['forum', 'forumet', 'forumene', 'n'],
  ['team', 'teamet', 'teamene', 'n'],
  ['fond', 'fondet', 'fondene', 'n'],
  ['reglement', 'reglementet', 'reglementene', 'n'],
  ['handlingsplan', 'handlingsplanen', 'handlingsplanene', 'm'],
  ['evaluering', 'evalueringen', 'evalueringene', 'm'],
  ['kartlegging', 'kartleggingen', 'kartleggingene', 'm'],
  ['tilskudd', 'tilskuddet', 'tilskuddene', 'n'],
  ['ansvar', 'ansvaret', 'ansvarene', 'n'],
  ['beredskap', 'beredskapen', 'beredskapene', 'm'],
  ['enhet', 'enheten', 'enhetene', 'm'],
  ['senter', 'senteret', 'sentrene', 'n'],
  ['organisering', 'organiseringen', 'organiseringene', 'm'],
];

/** Adjectives: [common gender, neuter, definite/plural]. */
export const ADJECTIVES: readonly (readonly [string, string, string])[] = [
  ['felles', 'felles', 'felles'],
  ['regional', 'regionalt', 'regionale'],
  ['interkommunal', 'interkommunalt', 'interkommunale'],
  ['ny', 'nytt', 'nye'],
  ['langsiktig', 'langsiktig', 'langsiktige'],
  ['helhetlig', 'helhetlig', 'helhetlige'],
  ['bærekraftig', 'bærekraftig', 'bærekraftige'],
  ['digital', 'digitalt', 'digitale'],
  ['lokal', 'lokalt', 'lokale'],
  ['framtidig', 'framtidig', 'framtidige'],
  ['økonomisk', 'økonomisk', 'økonomiske'],
  ['politisk', 'politisk', 'politiske'],
  ['administrativ', 'administrativt', 'administrative'],
  ['forpliktende', 'forpliktende', 'forpliktende'],
  ['styrket', 'styrket', 'styrkede'],
  ['samordnet', 'samordnet', 'samordnede'],
  ['effektiv', 'effektivt', 'effektive'],
  ['nasjonal', 'nasjonalt', 'nasjonale'],
  ['tverrfaglig', 'tverrfaglig', 'tverrfaglige'],
  ['robust', 'robust', 'robuste'],
  ['sårbar', 'sårbart', 'sårbare'],
  ['midlertidig', 'midlertidig', 'midlertidige'],
  ['årlig', 'årlig', 'årlige'],
  ['nødvendig', 'nødvendig', 'nødvendige'],
  ['omfattende', 'omfattende', 'omfattende'],
  ['fleksibel', 'fleksibelt', 'fleksible'],
  ['kostnadseffektiv', 'kostnadseffektivt', 'kostnadseffektive'],
  ['likeverdig', 'likeverdig', 'likeverdige'],
  ['tydelig', 'tydelig', 'tydelige'],
  ['gjeldende', 'gjeldende', 'gjeldende'],
];

/** Verbs: [infinitive, present, passive]. */
export const VERBS: readonly (readonly [string, string, string])[] = [
  ['vurdere', 'vurderer', 'vurderes'],
  ['utrede', 'utreder', 'utredes'],
  ['videreføre', 'viderefører', 'videreføres'],
  ['avvikle', 'avvikler', 'avvikles'],
  ['styrke', 'styrker', 'styrkes'],
  ['evaluere', 'evaluerer', 'evalueres'],
  ['etablere', 'etablerer', 'etableres'],
  ['samordne', 'samordner', 'samordnes'],
  ['kartlegge', 'kartlegger', 'kartlegges'],
  ['revidere', 'reviderer', 'revideres'],
  ['forankre', 'forankrer', 'forankres'],
  ['utvikle', 'utvikler', 'utvikles'],
  ['effektivisere', 'effektiviserer', 'effektiviseres'],
  ['digitalisere', 'digitaliserer', 'digitaliseres'],
  ['finansiere', 'finansierer', 'finansieres'],
  ['prioritere', 'prioriterer', 'prioriteres'],
  ['organisere', 'organiserer', 'organiseres'],
  ['utvide', 'utvider', 'utvides'],
  ['avklare', 'avklarer', 'avklares'],
  ['koordinere', 'koordinerer', 'koordineres'],
  ['forenkle', 'forenkler', 'forenkles'],
  ['sikre', 'sikrer', 'sikres'],
  ['godkjenne', 'godkjenner', 'godkjennes'],
  ['behandle', 'behandler', 'behandles'],
  ['drøfte', 'drøfter', 'drøftes'],
  ['støtte', 'støtter', 'støttes'],
  ['gjennomføre', 'gjennomfører', 'gjennomføres'],
  ['innføre', 'innfører', 'innføres'],
  ['omorganisere', 'omorganiserer', 'omorganiseres'],
  ['avslutte', 'avslutter', 'avsluttes'],
];

/** Who acts in a case paper; {K} is a municipality's name. */
export const ACTORS = [
  'Styringsgruppen', 'Rådmannsgruppen', 'Arbeidsutvalget', 'Sekretariatet', 'Representantskapet',
  'Kommunestyret i {K}', 'Formannskapet i {K}', '{K} kommune', 'Fylkeskommunen', 'Administrasjonen',
  'Prosjektgruppen', 'Vertskommunen', 'Deltakerkommunene', 'Kommunedirektøren i {K}', 'Ordføreren i {K}',
  'Samarbeidsrådet', 'Styret', 'Fagrådet', 'Kontrollutvalget', 'Eldrerådet i {K}', 'Ungdomsrådet i {K}',
  'Rådet for personer med funksjonsnedsettelse', 'Statsforvalteren', 'Helseforetaket', 'Tillitsvalgte',
  'Hovedverneombudet', 'Regionrådet', 'Næringsforeningen i {K}', 'Lensmannen', 'Brannsjefen',
] as const;

/** Bodies that take decisions, as written after "behandlet i" / "vedtak i". */
export const BODIES = [
  'styringsgruppen', 'rådmannsgruppen', 'arbeidsutvalget', 'representantskapet', 'kommunestyret i {K}',
  'formannskapet i {K}', 'bystyret i {K}', 'fylkestinget', 'fylkesutvalget', 'samarbeidsrådet', 'styret',
  'hovedutvalget for helse og omsorg i {K}', 'hovedutvalget for oppvekst i {K}', 'kontrollutvalget i {K}',
] as const;

export const ADVERBIALS = [
  'på sikt', 'i løpet av perioden', 'innenfor dagens rammer', 'i tråd med vedtatt strategi', 'som et felles løft',
  'så langt det er mulig', 'fra neste år', 'uten økte kostnader', 'i samråd med deltakerkommunene',
  'etter en samlet vurdering', 'med forbehold om finansiering', 'i første halvår', 'innen utgangen av året',
  'i samarbeid med fylkeskommunen', 'med vekt på brukermedvirkning', 'med utgangspunkt i erfaringene',
  'uten at det går ut over kvaliteten', 'i påvente av nasjonale føringer', 'på en forsvarlig måte',
  'med tydelig ansvarsdeling', 'gjennom hele året', 'i tett dialog med tillitsvalgte',
] as const;

export const LAWS = [
  'kommuneloven § 17-1', 'kommuneloven kapittel 18', 'kommuneloven kapittel 19', 'kommuneloven kapittel 20',
  'IKS-loven § 4', 'offentleglova § 13', 'forvaltningsloven § 11', 'plan- og bygningsloven § 9-1',
  'helse- og omsorgstjenesteloven § 3-5', 'barnevernsloven § 15-1', 'folkehelseloven § 27',
  'forurensningsloven § 30', 'brann- og eksplosjonsvernloven § 9', 'opplæringslova § 13-1',
  'sivilbeskyttelsesloven § 15', 'arkivlova § 6', 'lov om offentlige anskaffelser § 4',
] as const;

export const SECTION_HEADINGS = [
  'Bakgrunn', 'Saksopplysninger', 'Vurdering', 'Økonomiske konsekvenser', 'Konklusjon', 'Innledning',
  'Høringsinnspill', 'Oppsummering', 'Juridiske forhold', 'Organisering', 'Framdrift', 'Risiko og sårbarhet',
  'Konsekvenser for innbyggerne', 'Personalmessige konsekvenser', 'Alternativer', 'Videre prosess',
] as const;

export const MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'] as const;

/** Words that never occur in the generated text: searches for them must find nothing. */
export const ABSENT_WORDS = [
  'romfartsbyrå', 'vulkanutbrudd', 'sjiraffpark', 'pingvinkoloni', 'karnevalstog', 'diamantgruve', 'ubåtflåte',
  'kvantedatamaskin', 'dinosaurmuseum', 'kamelridning', 'safarileir', 'ørkenvandring', 'isbjørnsafari',
  'krokodillefarm', 'palmestrand', 'tropeorkan', 'månelanding', 'regnskogsreservat', 'ananasplantasje', 'sumobryting',
] as const;
