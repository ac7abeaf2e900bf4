import { KEPT } from '@/lib/privacy/periods';

export const privacyUpdated = '2026-12-01';

export default function PrivacyPolicyNb() {
  return (
    <>
      <h2 id="kort-fortalt">Kort fortalt</h2>
      <ul>
        <li>Søknaden din lagres først når du trykker «Send», og bare arbeidsgiveren du søker hos, kan lese den.</li>
        <li>Ingen kan endre en søknad etter at den er sendt.</li>
        <li>Søknader slettes automatisk en tid etter at stillingen er besatt, og du får en kvittering når det skjer.</li>
        <li>
          Besøkende og jobbsøkere får ingen informasjonskapsler (cookies). Eneste unntak: Når du åpner din egen
          side med lenken vi sender deg, får du én, som varer i 30 minutter.
        </li>
        <li>Vi selger aldri opplysningene dine og gir dem ikke til andre enn arbeidsgiveren du søker hos.</li>
        <li>
          Du kan når som helst se, laste ned, rette, trekke eller slette søknadene dine, hos alle arbeidsgiverne
          på én gang.
        </li>
      </ul>
      <p>
        Programvaren og databasen vår er bygd slik at disse løftene holdes.{' '}
        <a href="/om">Les mer om hvordan</a>.
      </p>

      <h2 id="hvem-vi-er" className="mt-8">
        Hvem vi er, og hva erklæringen gjelder
      </h2>
      <p>
        SeeRecruit er en rekrutteringstjeneste for Norge: Arbeidsgivere legger ut stillinger hos oss,
        og jobbsøkere søker gjennom oss. Erklæringen gjelder seerecruit.com og tjenestene vi leverer
        der. Den forteller hvilke personopplysninger vi behandler, hvorfor, hvor lenge, og hvilke
        rettigheter du har. Vi følger personopplysningsloven, personvernforordningen (GDPR) og
        Datatilsynets veiledning. Spørsmål tar vi gjerne imot på{' '}
        <a href="mailto:support@seerecruit.com">support@seerecruit.com</a>.
      </p>

      <h2 id="ansvar" className="mt-8">
        Hvem som har ansvaret
      </h2>
      <p>
        Den behandlingsansvarlige bestemmer hva personopplysninger brukes til. Databehandleren
        behandler dem på vegne av den behandlingsansvarlige.
      </p>
      <ul>
        <li>
          <strong>Søknader:</strong> Arbeidsgiveren du søker hos, er behandlingsansvarlig, og SeeRecruit
          er databehandler. Vi behandler søknaden bare slik arbeidsgiveren ber om, etter
          databehandleravtalen vi har med hver arbeidsgiver.
        </li>
        <li>
          <strong>Besøkslogg, arbeidsgiverkontoer, abonnementer og våre egne sikkerhetslogger:</strong>{' '}
          SeeRecruit er behandlingsansvarlig.
        </li>
      </ul>

      <h2 id="besokende" className="mt-8">
        Når du besøker nettstedet
      </h2>
      <p>
        Hver gang du åpner en side, innlogget eller ikke og med eller uten JavaScript, skriver webserveren
        én linje i besøksloggen med disse seks opplysningene:
      </p>
      <ul>
        <li>IP-adressen din</li>
        <li>
          landet adressen hører til, slått opp i en adressedatabase på vår egen server (eller oppgitt av
          vertsplattformen vi kjører på)
        </li>
        <li>hvilken side du åpnet, uten det som står etter «?» i lenken</li>
        <li>tidspunktet</li>
        <li>nettleseren og hovedversjonen av den, for eksempel «Firefox 133»</li>
        <li>operativsystemet og hovedversjonen av det, for eksempel «Android 14»</li>
      </ul>
      <p>
        I tillegg merker vi om besøket ser ut til å komme fra en søkemotor eller et annet automatisk
        program, slik at slike besøk holdes utenfor tallene over besøkende.
      </p>
      <p>
        Mer enn dette lagrer vi ikke om deg som besøkende. Vi lagrer ikke hele teksten nettleseren sender
        om seg selv (user agent), ikke hvilken side du kom fra, og ingen kjennetegn som kan følge deg fra
        ett besøk til det neste. Besøksloggen setter ingen informasjonskapsel og kjører ikke noe skript
        i nettleseren din: alt skjer på serveren.
      </p>
      <p>
        Hele IP-adressen beholder vi i {KEPT.visitIpDays} dager. Deretter korter vi den ned til nettverket
        den tilhører: En IPv4-adresse mister siste ledd (84.208.20.123 blir 84.208.20.0), og av en
        IPv6-adresse står bare de første 48 bitene igjen. Linjene med forkortet adresse beholder vi til
        statistikken. Vi bruker opplysningene bare til anonym statistikk og til å beskytte tjenesten mot
        misbruk og angrep. Grunnlaget er vår berettigede interesse i å drive et trygt og stabilt
        nettsted (personvernforordningen artikkel 6 nr. 1 bokstav f).
      </p>

      <h2 id="jobbsokere" className="mt-8">
        Når du søker på en stilling
      </h2>
      <h3>Hva vi lagrer</h3>
      <p>Du bestemmer selv hva søknaden skal inneholde, og du gir det frivillig. Vanligvis er det:</p>
      <ul>
        <li>navnet og fødselsdatoen din</li>
        <li>kontaktopplysningene dine, som e-postadresse og telefonnummer</li>
        <li>søknadsteksten</li>
        <li>vedleggene du velger å laste opp, for eksempel CV</li>
        <li>svarene dine på profilanalysen (Personprofilen), hvis du velger å fylle den ut etter at du har søkt</li>
      </ul>
      <p>
        Ingenting av dette lagres før du trykker «Send». Fyller du ut skjemaet og går uten å sende det,
        har vi ingenting om deg utover besøksloggen over.
      </p>

      <h3>Hvorfor opplysningene kan behandles</h3>
      <p>
        Når du søker, ber du om å bli vurdert til en stilling. Det er et steg du selv tar før en mulig
        arbeidsavtale (personvernforordningen artikkel 6 nr. 1 bokstav b). Arbeidsgiveren har også en
        berettiget interesse i å rekruttere (artikkel 6 nr. 1 bokstav f). Vi bruker søknaden bare til å
        levere tjenesten til den arbeidsgiveren.
      </p>

      <h3>Hvem som kan se søknaden</h3>
      <ul>
        <li>Arbeidsgiveren du har søkt hos: de personene der som har tilgang til tjenesten.</li>
        <li>
          Navngitte medarbeidere i SeeRecruit, bare når det er strengt nødvendig for teknisk støtte. De
          har taushetsplikt, må bruke tofaktorinnlogging og må skrive en grunn før de får åpne en søknad.
          Hver åpning logges med grunnen, og vises både for arbeidsgiverens eiere og på din egen side.
        </li>
      </ul>
      <p>
        Andre arbeidsgivere og andre jobbsøkere får aldri se den. Vi selger ikke søknaden din og gir
        den ikke til andre enn arbeidsgiveren du søkte hos. Det finnes ingen åpne lenker til søknader,
        og vedlegg kan bare lastes ned av innloggede personer hos den arbeidsgiveren. Må vi åpne
        opplysningene dine for å løse et teknisk problem, følger vi personvernregelverket og anerkjent
        god praksis.
      </p>

      <h3 id="personprofilen">Personprofilen</h3>
      <p>
        Etter at du har sendt søknaden, kan du velge å fylle ut Personprofilen: 40 korte påstander om
        hvordan du liker å jobbe. Det er frivillig, og det endrer ingenting ved søknaden om du lar være.
        Svarene lagres side for side sammen med søknaden, og når du er ferdig, kan de ikke endres. Resultatet
        er bare gjennomsnittet av dine egne svar, uten sammenligning med andre. Du ser det først og får det
        på e-post. Arbeidsgiveren ser det bare hvis du velger å dele det, og du kan trekke delingen tilbake
        til stillingen er besatt. Hver gang noen hos arbeidsgiveren ser profilen, logges det. Profilen
        brukes aldri til å sortere eller rangere kandidater, og den er ikke med i noen statistikk. Den er
        med når du ber om innsyn, og den slettes sammen med søknaden.
      </p>

      <h2 id="ingen-endringer" className="mt-8">
        En sendt søknad endres aldri
      </h2>
      <p>
        Når søknaden er sendt, kan verken du eller arbeidsgiveren endre den. Databasen avviser alle
        forsøk, så alle kan stole på at den er nøyaktig slik du sendte den.
      </p>
      <p>
        Har du oppdaget en feil, eller har noe endret seg? Send en rettelse. Den lagres som en egen
        merknad ved siden av originalen, og arbeidsgiveren ser begge. Slik fungerer retten til retting
        hos oss (se <a href="#slik-gjor-du-det">hvordan du går fram</a>).
      </p>

      <h2 id="lagringstid" className="mt-8">
        Hvor lenge søknaden lagres
      </h2>
      <p>
        Bare så lenge arbeidsgiveren trenger den: til stillingen er besatt og arbeidsgiveren ikke lenger
        har bruk for den, eller til arbeidsgiveren har flyttet den over i sitt eget personalsystem. I
        praksis:
      </p>
      <ul>
        <li>
          Når arbeidsgiveren markerer stillingen som besatt, starter en klokke. Søknadene slettes automatisk
          når tiden er ute: 90 dager som standard. Arbeidsgiveren kan velge mellom 1 og 365 dager, aldri
          mer.
        </li>
        <li>
          Stillinger som aldri blir besatt, beholder ikke søknadene for alltid. De slettes 180 dager etter
          søknadsfristen, eller 180 dager etter at stillingen ble arkivert hvis den ikke hadde noen frist.
          Arbeidsgiveren kan sette denne grensen mellom 30 og 730 dager.
        </li>
        <li>
          Slettingen tar alt: søknaden, vedleggene, arbeidsgiverens notater, vurderinger og
          saksgang, rettelsene dine og e-postene om søknaden. Bare et anonymt tall blir igjen (hvilken
          stilling, hvilken dato, hvorfor), slik at statistikken fortsatt stemmer.
        </li>
        <li>
          Arbeidsgiveren ser slettedatoen ved hver stilling og hver søknad, og eierne får en e-post sju
          dager før en søknadsbunke slettes. Arbeidsgiveren kan også slette tidligere.
        </li>
        <li>
          Unntak: Har arbeidsgiveren en rettslig plikt til å ta vare på en søknad, for eksempel i en
          tvist, kan en eier sette søknaden eller stillingen på vent (juridisk hold) med en begrunnelse og
          en sluttdato, høyst ett år fram. Da vises dette der slettedatoen står, også på din egen side, og
          innstillingen logges. Når sluttdatoen er passert, slettes søknaden som vanlig.
        </li>
        <li>
          Datoen søknaden din slettes, står alltid på din egen side (se{' '}
          <a href="#slik-gjor-du-det">hvordan du går fram</a>).
        </li>
      </ul>
      <h3 id="kvittering">Kvittering og sikkerhetskopier</h3>
      <p>
        Hver gang en søknad slettes, uansett om det er fordi tiden er ute, fordi arbeidsgiveren slettet
        den eller fordi du ba om det, får du en kvittering på e-post på søknadens språk: hva som ble
        slettet, og når. Når kvitteringen er sendt, sletter vi også adressen og innholdet i den, så den
        ikke blir en kopi av deg. Sikkerhetskopiene våre fornyes fortløpende, og det som er slettet, er
        borte fra dem også etter 35 dager.
      </p>

      <h2 id="e-post" className="mt-8">
        E-post fra oss
      </h2>
      <p>Som jobbsøker hører du vanligvis bare fra oss gjennom automatiske e-poster:</p>
      <ul>
        <li>når vi har tatt imot søknaden din (med en lenke til siden for innsyn og sletting)</li>
        <li>når profilanalysen (Personprofilen) er fullført</li>
        <li>når du ber om lenken til din egen side</li>
        <li>når en søknad fra deg er slettet (kvitteringen over)</li>
      </ul>
      <p>I sjeldne tilfeller skriver vi til deg hvis opplysningene dine trenger teknisk oppfølging.</p>

      <h2 id="korte-spor" className="mt-8">
        Spor vi sletter av oss selv
      </h2>
      <p>
        Noe må lagres en stund for at tjenesten skal virke og være trygg. Ingenting av det blir liggende.
        Opprydningen går av seg selv hvert {KEPT.housekeepingMinutes}. minutt:
      </p>
      <ul>
        <li>
          <strong>Kopier av e-post:</strong> En e-post vi har sendt, eller ikke fikk levert, beholder
          adressen og innholdet i {KEPT.emailCopyDays} dager. Deretter står bare igjen hvilken type e-post
          det var, språket, datoene og eventuelt søknadens referanse. En e-post med en lenke som gir adgang
          (lenken til din egen side, ny adgangskode, invitasjon, bekreftelse av registrering) og
          slettekvitteringen beholder verken adresse, lenke eller innhold etter at e-posttjenesten har fått
          den.
        </li>
        <li>
          <strong>Lenker:</strong> Vi lagrer bare et avtrykk av hver lenke, aldri selve lenken. Lenker og
          økter som har gått ut, slettes ved neste opprydning.
        </li>
        <li>
          <strong>Tellere mot misbruk:</strong> For å stoppe noen som prøver å oversvømme skjemaene, teller
          vi forsøk per e-postadresse og per IP-adresse. Vi lagrer ikke adressene, bare et avtrykk laget med
          en hemmelig nøkkel som bare serveren har, så de kan ikke regnes tilbake. En teller slettes når den
          er {KEPT.rateLimitHours} timer gammel.
        </li>
        <li>
          <strong>Sikkerhetsloggen:</strong> Innlogginger, endringer i team og andre sikkerhetshendelser
          logges med IP-adresse og slettes etter {KEPT.auditLogDays} dager. Skriver noen inn en
          e-postadresse vi ikke har noen konto for, logger vi bare et avtrykk av den.
        </li>
        <li>
          <strong>Feillogger:</strong> Går noe galt på serveren, logger vi hvor det skjedde og hva slags
          feil det var. Loggen får aldri det du skrev i et skjema, adresser eller innholdet i e-poster, og
          den slettes etter {KEPT.serverLogDays} dager.
        </li>
      </ul>

      <h2 id="statistikk" className="mt-8">
        Statistikk
      </h2>
      <p>
        Vi lager statistikk for arbeidsgiverne og for oss selv, og av og til bruker vi tallene i
        markedsføringen vår. Den er alltid anonym og samlet:
      </p>
      <ul>
        <li>Den viser bare tall for grupper, for eksempel hvor mange som søkte i en periode.</li>
        <li>Grupper med færre enn fem personer vises aldri.</li>
        <li>Den inneholder aldri navn eller fritekst.</li>
      </ul>

      <h2 id="rettigheter" className="mt-8">
        Dine rettigheter
      </h2>
      <ul>
        <li>
          <strong>Innsyn:</strong> en kopi av alt vi har om deg, også hvem hos arbeidsgiveren som har
          åpnet søknaden din, og når.
        </li>
        <li>
          <strong>Retting:</strong> send en rettelse, som lagres som en merknad ved siden av søknaden.
        </li>
        <li>
          <strong>Sletting:</strong> få opplysningene dine slettet hos alle arbeidsgiverne du har søkt
          hos gjennom SeeRecruit.
        </li>
        <li>
          <strong>Dataportabilitet:</strong> få opplysningene dine i et maskinlesbart format, så du kan
          ta dem med deg.
        </li>
        <li>
          <strong>Protest:</strong> protester mot behandling som bygger på berettiget interesse.
        </li>
        <li>
          <strong>Begrensning:</strong> be om at behandlingen begrenses, for eksempel mens en uenighet
          blir avklart.
        </li>
        <li>
          <strong>Trekke søknaden:</strong> trekk en søknad når du vil. Da blir den slettet.
        </li>
        <li>
          <strong>Klage:</strong> klag til Datatilsynet (
          <a href="https://www.datatilsynet.no">datatilsynet.no</a>).
        </li>
      </ul>

      <h3 id="slik-gjor-du-det">Slik går du fram</h3>
      <ol>
        <li>
          Gå til <a href="/personvern/innsyn">siden for innsyn og sletting</a>, og skriv inn
          e-postadressen du brukte i søknaden. Lenken i bekreftelsen du fikk da du søkte, fyller inn
          adressen for deg.
        </li>
        <li>
          Svaret på skjermen er alltid det samme, enten vi har noe om deg eller ikke, så ingen kan bruke
          siden til å finne ut hvem som har søkt. Har vi noe, sender vi en lenke til den adressen. Den
          virker én gang, i 30 minutter, og er knyttet til adressen din. Vi lagrer bare et avtrykk av den.
        </li>
        <li>
          Lenken åpner din egen side. Der står alle søknadene du har sendt gjennom SeeRecruit, hos alle
          arbeidsgivere: status (mottatt, under vurdering eller avsluttet), datoen den slettes, og hvem hos
          arbeidsgiveren (eller hos oss) som har åpnet, lastet ned eller eksportert den, og når.
        </li>
        <li>
          Derfra kan du laste ned alt (en ZIP-fil med ett maskinlesbart JSON-dokument og vedleggene dine
          slik du sendte dem), sende en rettelse, trekke én søknad, eller slette alt. Du bekrefter hvert
          steg før det skjer. Arbeidsgiveren får beskjed om at en søknad til stillingen er trukket, uten
          navnet ditt.
        </li>
      </ol>
      <p>
        Lenken er underskriften din. Derfor gir vi aldri ut eller sletter opplysninger etter en
        telefonsamtale, uansett hvor troverdig den som ringer, høres ut. Har du skrevet til support,
        kan vi sende deg den samme lenken, men vi leser aldri siden din for deg.
      </p>
      <p>
        Hver forespørsel, nedlasting og sletting blir logget, uten innholdet. Siden arbeidsgiveren er
        behandlingsansvarlig for søknaden, gjennomfører vi forespørselen på arbeidsgiverens vegne, slik
        avtalen vår med dem fastsetter. Vil du oppdatere eller legge til noe, anbefaler vi at du også
        kontakter arbeidsgiveren direkte.
      </p>

      <h2 id="arbeidsgivere" className="mt-8">
        For arbeidsgivere
      </h2>
      <p>Delene over forteller også hvordan vi tar vare på kandidatenes opplysninger på deres vegne.</p>
      <h3>Hva vi lagrer om dere</h3>
      <ul>
        <li>
          Bare det dere selv legger inn når dere tegner abonnement, eller senere: firmanavn,
          organisasjonsnummer, adressen til karrieresiden, brukerkontoer (navn, e-post og rolle) og en
          fakturakontakt (navn, e-post og fakturareferanse) hvis dere oppgir en.
        </li>
        <li>
          Abonnementet: plan, status, når perioden begynte og slutter, og om det er sagt opp fra
          periodens slutt.
        </li>
        <li>
          Historikken for abonnementet: hver endring, også utvidelser, med dato og klokkeslett, hvem som
          gjorde den (navnet på den av dere som gjorde den, «SeeRecruit kundeservice» med begrunnelsen
          når vi justerer det for dere, eller «automatisk»), og hvordan abonnementet var før og etter.
          Historikken kan ikke endres i ettertid.
        </li>
        <li>
          Hvilke påminnelser vi har sendt (før perioden slutter, når den slutter og når fristen etter den er ute), med
          dato, slik at ingen kommer to ganger. Hvis abonnementet går ut, noterer vi hvilke stillinger vi
          tok ned, slik at de kan publiseres igjen når dere fornyer.
        </li>
        <li>
          Sikkerhetslogger: innlogginger, mislykkede forsøk, passordbytter og endringer i medlemmer og
          innstillinger.
        </li>
      </ul>
      <p>
        Vi lagrer aldri kontonumre, kortnumre, fødselsnumre, D-numre eller andre sensitive numre.
        Skjemaene våre tar ikke imot slike tall. Eventuell betaling skjer uten at vi lagrer
        kortopplysninger.
      </p>
      <p>
        Vi bruker opplysningene til å levere tjenesten vi har avtalt med dere (artikkel 6 nr. 1
        bokstav b) og til å holde den sikker (berettiget interesse, artikkel 6 nr. 1 bokstav f). Vi
        beholder dem mens abonnementet varer, og etterpå bare så lenge det trengs for å avslutte
        avtalen eller oppfylle plikter etter loven.
      </p>
      <p>
        Dere hører vanligvis fra oss gjennom automatiske e-poster om abonnementet og bruken av det. Når
        det er nyttig, kan vi også skrive om abonnementet, oppdateringer eller tekniske forhold.
      </p>

      <h2 id="innlogging" className="mt-8">
        Innlogging og informasjonskapsler
      </h2>
      <p>
        Besøkende og jobbsøkere får ingen informasjonskapsler (cookies). Du kan lese stillinger og søke
        uten at vi legger noe i nettleseren din. Eneste unntak er når du selv åpner din egen side med
        lenken vi sendte deg:
      </p>
      <table>
        <caption>Informasjonskapsler for jobbsøkere på sin egen side</caption>
        <thead>
          <tr>
            <th scope="col">Navn</th>
            <th scope="col">Formål</th>
            <th scope="col">Levetid</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>
              <code>sr_portal</code>
            </td>
            <td>
              Holder siden din åpen mens du leser, laster ned eller sletter. Et tilfeldig tall uten
              opplysninger om deg; vi lagrer bare et avtrykk av det. HttpOnly, Secure, SameSite=Lax.
            </td>
            <td>30 minutter fra du åpnet lenken.</td>
          </tr>
        </tbody>
      </table>
      <p>Innloggede arbeidsgivere får noen få, og alle forsvinner av seg selv:</p>
      <table>
        <caption>Informasjonskapsler for innloggede arbeidsgivere</caption>
        <thead>
          <tr>
            <th scope="col">Navn</th>
            <th scope="col">Formål</th>
            <th scope="col">Levetid</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>
              <code>authjs.session-token</code> (med forstavelsen __Secure- i drift)
            </td>
            <td>
              Holder deg innlogget. Kryptert: Ingen som leser den, kan se hvem du er. HttpOnly, Secure,
              SameSite=Lax. Når du logger ut, slutter den å virke også på serveren.
            </td>
            <td>Slutter å virke etter 30 minutter uten aktivitet, og senest etter 12 timer.</td>
          </tr>
          <tr>
            <td>
              <code>sr_signed_in</code>
            </td>
            <td>
              Innloggingsmarkør uten personopplysninger: bare tidspunktet du logget inn, så vi kan forklare
              en automatisk utlogging. HttpOnly, SameSite=Lax.
            </td>
            <td>Forsvinner når du lukker nettleseren eller logger ut.</td>
          </tr>
          <tr>
            <td>
              <code>sr_device</code>
            </td>
            <td>
              Husker at denne nettleseren har logget inn før, så en fremmed som prøver feil passord ikke kan
              stenge deg ute. Signert, sier ingenting om deg til den som leser den. HttpOnly, SameSite=Lax.
            </td>
            <td>90 dager; settes bare når du logger inn.</td>
          </tr>
        </tbody>
      </table>
      <p>
        Etter 30 minutter uten aktivitet blir adgangen sperret; du får et varsel to minutter før.
        Etter 12 timer totalt må du logge inn på nytt uansett. Vi anbefaler likevel at du logger ut
        når du tar en pause. Det er en god vane på alle nettjenester.
      </p>
      <ul>
        <li>
          Hver person har sitt eget brukernavn og passord. Vi har ingen felles innlogginger: Inviter
          kolleger, så får de sin egen konto.
        </li>
        <li>Ingen kommer inn på området deres uten begge deler. Ta godt vare på dem, og del dem ikke.</li>
        <li>Bytt passord av og til, og særlig når en kollega som kjente det, slutter.</li>
        <li>Fjerner dere et medlem, eller bytter noen passord, avsluttes innloggingene deres med en gang.</li>
        <li>Vi anbefaler tofaktorinnlogging med engangskoder fra en autentiseringsapp (TOTP).</li>
      </ul>

      <h2 id="sikkerhet" className="mt-8">
        Sikkerhet
      </h2>
      <ul>
        <li>All trafikk mellom nettleseren din og oss er kryptert (HTTPS).</li>
        <li>
          Databasen selv holder hver arbeidsgivers data adskilt. Selv om koden vår skulle ha en feil,
          gir den ikke ut en annen arbeidsgivers søknader.
        </li>
        <li>
          Vi logger hvem som åpner, laster ned, eksporterer og sletter søknader, i tillegg til
          innlogginger og andre sikkerhetshendelser. Loggene kan fylles på, aldri endres, og de slettes
          når tiden er ute (se <a href="#korte-spor">spor vi sletter av oss selv</a>).
        </li>
        <li>Passord lagres aldri i klartekst, bare i en form som ikke kan regnes tilbake (argon2id).</li>
        <li>Medarbeidere i SeeRecruit må bruke tofaktorinnlogging.</li>
      </ul>
      <p>Vi behandler opplysningene dine med respekt og tar sikkerheten på alvor.</p>

      <h2 id="leverandorer" className="mt-8">
        Leverandører vi bruker
      </h2>
      <p>Noen få leverandører (underdatabehandlere) hjelper oss å drive tjenesten:</p>
      <ul>
        <li>
          <strong>Drift og database:</strong> en leverandør som lagrer dataene innenfor EU/EØS.
        </li>
        <li>
          <strong>Utsending av e-post:</strong> Resend, som får mottakerens adresse og innholdet i hver
          e-post, slik at den kommer fram.
        </li>
      </ul>
      <p>
        Leverandørene får bare det oppgaven krever, og er bundet av avtaler med oss. Overføres
        opplysninger ut av EU/EØS, skjer det med EUs standardkontraktsklausuler eller et annet gyldig
        overføringsgrunnlag. Spør oss gjerne hvilke leverandører vi bruker nå.
      </p>

      <h2 id="ansvarsgrenser" className="mt-8">
        Hva vi ikke har ansvar for
      </h2>
      <ul>
        <li>Opplysninger du sender til en arbeidsgiver utenom SeeRecruit, for eksempel på vanlig e-post.</li>
        <li>
          Hvordan arbeidsgiveren behandler opplysningene dine internt etter å ha hentet dem ut av
          SeeRecruit, for eksempel til eget personalsystem. Vi oppfordrer sterkt alle arbeidsgivere til
          å følge den samme standarden som oss.
        </li>
        <li>
          Beslutninger om kandidater som helt eller delvis bygger på Personprofilen. Profilen lages bare
          ut fra kandidatens egne svar, og det er arbeidsgiveren, ikke SeeRecruit, som bestemmer.
        </li>
      </ul>

      <h2 id="lenker" className="mt-8">
        Lenker til andre nettsteder
      </h2>
      <p>
        Erklæringen gjelder bare seerecruit.com. Andre nettsteder vi lenker til, for eksempel en
        arbeidsgivers egen side, har sine egne regler.
      </p>

      <h2 id="endringer" className="mt-8">
        Endringer
      </h2>
      <p>
        Vi oppdaterer erklæringen når tjenesten eller regelverket endrer seg. Gjeldende versjon ligger
        alltid på denne siden, med dato. Denne versjonen gjelder fra{' '}
        <time dateTime={privacyUpdated}>1. desember 2026</time> og erstatter versjonen fra januar 2006.
      </p>

      <h2 id="kontakt" className="mt-8">
        Spørsmål
      </h2>
      <p>
        Spørsmål eller forslag? Skriv til{' '}
        <a href="mailto:support@seerecruit.com">support@seerecruit.com</a>. Du kan også lese{' '}
        <a href="/om">mer om SeeRecruit</a>.
      </p>
    </>
  );
}
