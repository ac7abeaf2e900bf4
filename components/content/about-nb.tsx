
export default function AboutNb() {
  return (
    <>
      <h2 id="hva-er-seerecruit">Hva SeeRecruit er</h2>
      <p>
        SeeRecruit er en rekrutteringstjeneste for Norge. Jobbsøkere søker på stillinger fra mobilen
        eller ved pulten. Arbeidsgivere legger ut stillinger, leser søknader og ordner abonnementet sitt
        i ett og samme dashbord.
      </p>

      <h2 id="innebygd-personvern" className="mt-8">
        Personvern som er bygd inn
      </h2>
      <p>
        Vi har hatt en personvernerklæring siden 2006. Nå går vi et steg lenger: Hvert løfte i
        erklæringen holdes av programvaren og databasen, ikke bare av gode intensjoner. Noen eksempler:
      </p>
      <ul>
        <li>
          <strong>Søknader kan ikke endres.</strong> Databasen avviser endringer i en sendt søknad, også
          fra arbeidsgiveren. Rettelser lagres som egne merknader ved siden av originalen.
        </li>
        <li>
          <strong>Hver arbeidsgiver for seg.</strong> Databasen selv holder arbeidsgivernes data adskilt.
          En arbeidsgiver kan aldri se en annens søkere, selv om det skulle være en feil i koden.
        </li>
        <li>
          <strong>Automatisk sletting.</strong> Når en stilling er besatt, slettes søknadene etter en
          fast tid: 90 dager som standard, aldri mer enn 365.
        </li>
        <li>
          <strong>Ingen informasjonskapsler for jobbsøkere.</strong> Du kan lese stillinger og søke uten
          at vi legger noe i nettleseren din. Bare din egen side, som du åpner med lenken vi sender deg, har én i
          30 minutter.
        </li>
        <li>
          <strong>Signerte forespørsler.</strong> Innsyn og sletting krever en tidsbegrenset lenke som
          sendes til e-postadressen i søknaden. En telefonsamtale er ikke nok.
        </li>
        <li>
          <strong>Tilgang blir logget.</strong> Vi noterer hvem hos arbeidsgiveren som åpner en søknad,
          og når. Det kan du selv få se.
        </li>
      </ul>

      <h2 id="for-jobbsokere" className="mt-8">
        For jobbsøkere
      </h2>
      <p>
        Søknadsskjemaet er kort og lett, og det virker godt på mobil. Ingenting lagres før du trykker
        «Send». Du får en bekreftelse på e-post med en lenke til din egen side, der du kan følge søknadene
        dine hos alle arbeidsgivere. Du kan når
        som helst få en kopi av opplysningene dine, sende en rettelse eller trekke søknaden.
      </p>
      <p>
        <a href="/personvern/innsyn">Se eller slett opplysningene dine</a>
      </p>

      <h2 id="for-arbeidsgivere" className="mt-8">
        For arbeidsgivere
      </h2>
      <ul>
        <li>Legg ut stillinger på deres egen karriereside. De tas ned av seg selv ved søknadsfristen.</li>
        <li>Les og vurder søknader sammen med kollegene deres, hver med sin egen innlogging.</li>
        <li>
          Søker noen flere ganger på samme stilling, ser dere det som én kandidat med flere
          innsendinger.
        </li>
        <li>Hent ut søknader til eget personalsystem når stillingen er besatt.</li>
        <li>Bestem selv hvor lenge søknader skal ligge etter at stillingen er besatt, innenfor grensene over.</li>
        <li>Se anonym statistikk som aldri viser grupper på under fem.</li>
      </ul>
      <p>
        Kandidatene deres merker at opplysningene blir tatt godt vare på. Det er et godt første møte
        med en ny arbeidsplass.
      </p>

      <h2 id="kontakt" className="mt-8">
        Kontakt
      </h2>
      <p>
        Har du spørsmål, skriv til{' '}
        <a href="mailto:support@seerecruit.com">support@seerecruit.com</a>. Vi svarer så raskt vi kan.
        Du kan også lese hele <a href="/personvern">personvernerklæringen</a>.
      </p>
    </>
  );
}
