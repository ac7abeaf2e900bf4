import { KEPT } from '@/lib/privacy/periods';

export const privacyUpdated = '2026-12-01';

export default function PrivacyPolicyEn() {
  return (
    <>
      <h2 id="in-short">In short</h2>
      <ul>
        <li>Your application is stored only when you press “Send”, and only the employer you apply to can read it.</li>
        <li>Nobody can change an application once it has been sent.</li>
        <li>Applications are deleted automatically some time after the position is filled, and you get a receipt when that happens.</li>
        <li>
          Visitors and candidates get no cookies. The one exception: when you open your own page with the link
          we send you, you get one, which lasts 30 minutes.
        </li>
        <li>We never sell your data, and we give it to no one but the employer you apply to.</li>
        <li>
          Whenever you like, you can see, download, correct, withdraw or erase your applications, at every
          employer at once.
        </li>
      </ul>
      <p>
        Our software and database are built so that these promises are kept.{' '}
        <a href="/en/about">Read more about how</a>.
      </p>

      <h2 id="who-we-are" className="mt-8">
        Who we are, and what this policy covers
      </h2>
      <p>
        SeeRecruit is a recruitment service for Norway: employers advertise positions with us, and
        candidates apply through us. This policy covers seerecruit.com and the services we provide there: which personal data we
        handle, why, for how long, and what rights you have. We follow the Norwegian Personal Data
        Act, the GDPR and the guidance of the Norwegian Data Protection Authority (Datatilsynet).
        Questions are welcome at <a href="mailto:support@seerecruit.com">support@seerecruit.com</a>.
      </p>

      <h2 id="responsibility" className="mt-8">
        Who is responsible
      </h2>
      <p>
        The controller decides how personal data is used; the processor handles it on the
        controller’s behalf.
      </p>
      <ul>
        <li>
          <strong>Applications:</strong> the employer you apply to is the controller, and SeeRecruit is
          the processor. We handle your application only as the employer instructs, under the data
          processing agreement we have with each employer.
        </li>
        <li>
          <strong>Visitor logs, employer accounts, subscriptions and our own security logs:</strong>{' '}
          SeeRecruit is the controller.
        </li>
      </ul>

      <h2 id="visitors" className="mt-8">
        When you visit the website
      </h2>
      <p>
        Each time you open a page, signed in or not, with or without JavaScript, our web server writes one
        line in the visitor log with these six items:
      </p>
      <ul>
        <li>your IP address</li>
        <li>
          the country that address belongs to, looked up in an address database on our own server (or
          given by the hosting platform we run on)
        </li>
        <li>which page you opened, without anything after the “?” in the link</li>
        <li>the time</li>
        <li>your browser and its main version, for example “Firefox 133”</li>
        <li>your operating system and its main version, for example “Android 14”</li>
      </ul>
      <p>
        We also note whether the visit seems to come from a search engine or another automated program,
        so that such visits are left out of the visitor figures.
      </p>
      <p>
        We store nothing else about you as a visitor. We do not keep the full text your browser sends
        about itself (the user agent), nor which page you came from, nor anything that could follow you
        from one visit to the next. The visitor log sets no cookie and runs no script in your browser:
        it all happens on the server.
      </p>
      <p>
        The full IP address is kept for {KEPT.visitIpDays} days. After that we shorten it to the network
        it belongs to: an IPv4 address loses its last part (84.208.20.123 becomes 84.208.20.0), and of an
        IPv6 address only the first 48 bits remain. We keep the lines with shortened addresses for the
        statistics. We use these records only for anonymous statistics and to protect the service against misuse
        and attacks. Our legal basis is our legitimate interest in running a safe, reliable website
        (GDPR Article 6(1)(f)).
      </p>

      <h2 id="candidates" className="mt-8">
        When you apply for a position
      </h2>
      <h3>What we store</h3>
      <p>You decide what goes into your application, and you give it freely. Usually that is:</p>
      <ul>
        <li>your name and date of birth</li>
        <li>your contact details, such as email address and phone number</li>
        <li>your cover letter</li>
        <li>the attachments you choose to upload, such as a CV</li>
        <li>your answers to the profile analysis (Personprofilen), if you choose to fill it in after applying</li>
      </ul>
      <p>
        None of this is stored until you press “Send”. If you fill in the form and leave without
        sending it, we hold nothing about you beyond the visitor log above.
      </p>

      <h3>Why your data may be used</h3>
      <p>
        By applying, you ask to be considered for a position: a step taken at your request before a
        possible employment contract (GDPR Article 6(1)(b)). The employer also has a legitimate
        interest in recruiting (Article 6(1)(f)). We use your application only to provide our service
        to that employer.
      </p>

      <h3>Who can see your application</h3>
      <ul>
        <li>The employer you applied to: the people there who have access to the service.</li>
        <li>
          Named SeeRecruit staff, only when strictly necessary for technical support. They are bound by
          confidentiality, must sign in with a second factor and must write a reason before they may open
          an application. Each opening is logged with its reason and shown both to the employer’s owners
          and on your own page.
        </li>
      </ul>
      <p>
        Other employers and other candidates never see it. We don’t sell your application or give it
        to anyone but the employer you applied to. There are no public links to applications, and
        attachments can be downloaded only by signed-in people at that employer. If we must open your
        data to fix a technical problem, we follow data protection law and recognised good practice.
      </p>

      <h3 id="personprofilen">Personprofilen, the work-style profile</h3>
      <p>
        After sending your application you may choose to fill in Personprofilen: 40 short statements
        about how you like to work. It is voluntary, and leaving it out changes nothing about your
        application. Your answers are saved page by page together with the application, and once you
        have finished they cannot be changed. The result is simply the average of your own answers, not
        compared with anyone else. You see it first and receive it by email. The employer sees it only if
        you choose to share it, and you can withdraw that until the position is filled. Every time someone
        at the employer views the profile, it is logged. The profile is never used to sort or rank
        candidates, and it is left out of every statistic. It is included when you ask for your data, and
        it is deleted together with the application.
      </p>

      <h2 id="no-changes" className="mt-8">
        A sent application is never changed
      </h2>
      <p>
        Once your application is sent, neither you nor the employer can change it. The database
        refuses every attempt, so everyone can trust that it is exactly what you sent.
      </p>
      <p>
        Spotted a mistake, or has something changed? Send a correction. It is stored as a separate note
        next to the original, and the employer sees both. This is how the right to rectification works
        here (see <a href="#how-to">how to go about it</a>).
      </p>

      <h2 id="retention" className="mt-8">
        How long your application is kept
      </h2>
      <p>
        Only as long as the employer needs it: until the position is filled and the employer has no
        further use for it, or until the employer has moved it into its own HR system. In practice:
      </p>
      <ul>
        <li>
          When the employer marks the position as filled, a clock starts. When it runs out, the
          applications are deleted automatically: after 90 days by default. The employer may choose
          anything from 1 to 365 days, never more.
        </li>
        <li>
          Positions that are never filled do not keep applications for ever. They are deleted 180 days
          after the closing date, or 180 days after the position was archived if it had no closing date.
          The employer may set this limit between 30 and 730 days.
        </li>
        <li>
          Deletion takes everything: the application, its attachments, the employer’s notes, ratings and
          stage history, your corrections and the emails about it. Only an anonymous record remains (which
          position, which date, why), so the statistics still add up.
        </li>
        <li>
          The employer sees the deletion date beside every position and every application, and its owners
          get an email seven days before a batch of applications is deleted. The employer may also delete
          sooner.
        </li>
        <li>
          The exception: if the employer is legally obliged to keep an application, for instance during a
          dispute, an owner may put the application or the position on hold (a legal hold) with a reason
          and an end date at most a year ahead. The hold is shown wherever the deletion date is, your own
          page included, and it is logged. Once the end date has passed, the application is deleted as
          usual.
        </li>
        <li>
          The date your application will be deleted is always on your own page (see{' '}
          <a href="#how-to">how to go about it</a>).
        </li>
      </ul>
      <h3 id="receipt">Receipts and backups</h3>
      <p>
        Whenever an application is deleted, whether its time ran out, the employer deleted it or you
        asked us to, you get a receipt by email in the application’s language: what was deleted, and
        when. Once the receipt has been sent, we delete its address and content too, so it does not
        become a copy of you. Our backups are renewed continuously; what was deleted is gone from them
        as well after 35 days.
      </p>

      <h2 id="emails" className="mt-8">
        Emails from us
      </h2>
      <p>As a candidate, you will normally hear from us only through automatic emails:</p>
      <ul>
        <li>when we have received your application (with a link to the access and deletion page)</li>
        <li>when the profile analysis (Personprofilen) is completed</li>
        <li>when you ask for the link to your own page</li>
        <li>when an application of yours has been deleted (the receipt above)</li>
      </ul>
      <p>
        In rare cases we may write if your data needs technical attention.
      </p>

      <h2 id="short-lived" className="mt-8">
        Traces we delete on our own
      </h2>
      <p>
        Some things must be kept for a while for the service to work and stay safe. None of them stays. The
        clean-up runs by itself every {KEPT.housekeepingMinutes} minutes:
      </p>
      <ul>
        <li>
          <strong>Copies of emails:</strong> An email we sent, or could not deliver, keeps its address and
          content for {KEPT.emailCopyDays} days. After that, only the kind of email, its language, its dates
          and, where there is one, the application’s reference remain. An email carrying a link that grants
          access (the link to your own page, a new password, an invitation, a sign-up confirmation) and the
          deletion receipt keep neither address, link nor content once our email service has it.
        </li>
        <li>
          <strong>Links:</strong> We store only a fingerprint of each link, never the link itself. Links and
          sessions that have run out are deleted at the next clean-up.
        </li>
        <li>
          <strong>Counters against abuse:</strong> To stop anyone flooding our forms, we count attempts per
          email address and per IP address. We do not store the addresses, only a fingerprint made with a
          secret key that only the server holds, so they cannot be worked back. A counter is deleted once it
          is {KEPT.rateLimitHours} hours old.
        </li>
        <li>
          <strong>The security log:</strong> Sign-ins, team changes and other security events are logged with
          the IP address and deleted after {KEPT.auditLogDays} days. When someone types an email address we
          hold no account for, we log only a fingerprint of it.
        </li>
        <li>
          <strong>Error logs:</strong> When something goes wrong on the server, we log where it happened and
          what kind of error it was. The log never gets what you typed in a form, addresses or the content of
          emails, and it is deleted after {KEPT.serverLogDays} days.
        </li>
      </ul>

      <h2 id="statistics" className="mt-8">
        Statistics
      </h2>
      <p>
        We produce statistics for employers and for ourselves, and sometimes use the figures in our
        marketing. They are always anonymous and aggregated:
      </p>
      <ul>
        <li>They show figures for groups only, such as how many people applied in a given period.</li>
        <li>Groups of fewer than five are never shown.</li>
        <li>They never contain names or free text.</li>
      </ul>

      <h2 id="your-rights" className="mt-8">
        Your rights
      </h2>
      <ul>
        <li>
          <strong>Access:</strong> a copy of everything we hold about you, including who at the employer
          opened your application, and when.
        </li>
        <li>
          <strong>Rectification:</strong> send a correction, stored as a note next to your application.
        </li>
        <li>
          <strong>Erasure:</strong> have your data deleted at every employer you applied to through
          SeeRecruit.
        </li>
        <li>
          <strong>Data portability:</strong> get your data in a machine-readable format to take with you.
        </li>
        <li>
          <strong>Objection:</strong> object to processing based on legitimate interest.
        </li>
        <li>
          <strong>Restriction:</strong> ask us to limit processing, for example while a disagreement is
          sorted out.
        </li>
        <li>
          <strong>Withdrawal:</strong> withdraw an application at any time. It is then deleted.
        </li>
        <li>
          <strong>Complaint:</strong> complain to the Norwegian Data Protection Authority, Datatilsynet
          (<a href="https://www.datatilsynet.no">datatilsynet.no</a>).
        </li>
      </ul>

      <h3 id="how-to">How to go about it</h3>
      <ol>
        <li>
          Go to the <a href="/en/privacy/request">access and deletion page</a> and enter the email
          address you used in your application. The link in the confirmation you got when you applied
          fills in the address for you.
        </li>
        <li>
          The answer on the screen is always the same, whether we hold anything about you or not, so
          nobody can use the page to find out who has applied. If we do, we send a link to that address.
          It works once, for 30 minutes, and is bound to your address. We store only a fingerprint of it.
        </li>
        <li>
          The link opens your own page. It lists every application you have sent through SeeRecruit, to
          any employer: its status (received, in review or closed), the date it will be deleted, and who
          at the employer (or at SeeRecruit) opened, downloaded or exported it, and when.
        </li>
        <li>
          From there you can download everything (a ZIP file with one machine-readable JSON document and
          your attachments exactly as you sent them), send a correction, withdraw one application, or
          erase everything. You confirm each step before it happens. The employer is told that an
          application to the position was withdrawn, without your name.
        </li>
      </ol>
      <p>
        The link is your signature. That is why we never hand out or delete data because of a phone
        call, however convincing the caller sounds. If you have written to support, we can send you the
        same link, but we never read your page for you.
      </p>
      <p>
        Every request, download and deletion is logged, without its content. As the employer is the
        controller of your application, we carry out your request on the employer’s behalf, as our agreement with them
        provides. If you want to update or add something, we recommend contacting the employer
        directly as well.
      </p>

      <h2 id="employers" className="mt-8">
        For employers
      </h2>
      <p>The sections above also describe how we look after candidates’ data on your behalf.</p>
      <h3>What we store about you</h3>
      <ul>
        <li>
          Only what you enter when you subscribe, or later: company name, organisation number, the
          address of your career site, user accounts (name, email and role) and a billing contact (name,
          email and invoice reference) if you give one.
        </li>
        <li>
          The subscription: plan, status, when the period began and ends, and whether it is cancelled
          from the end of the period.
        </li>
        <li>
          The subscription’s history: every change, extensions included, with date and time, who made
          it (the name of the person on your side, “SeeRecruit support” with the reason when we adjust it
          for you, or “automatic”), and what the subscription was before and after. The history cannot
          be changed afterwards.
        </li>
        <li>
          Which reminders we have sent (before the period ends, when it ends and when the grace
          period is over), with the date, so none comes twice. If the subscription expires, we note which
          positions we took down, so they can be published again when you renew.
        </li>
        <li>Security logs: sign-ins, failed attempts, password changes, and changes to members and settings.</li>
      </ul>
      <p>
        We never store bank account numbers, card numbers, national identity numbers (fødselsnummer or
        D-nummer) or other sensitive numbers. Our forms refuse them. Any payment is handled without us
        storing card details.
      </p>
      <p>
        We use this data to provide the service we have agreed with you (GDPR Article 6(1)(b)) and to
        keep it secure (legitimate interest, Article 6(1)(f)). We keep it while your subscription
        lasts, and afterwards only as long as needed to close the agreement or meet legal obligations.
      </p>
      <p>
        You will normally hear from us through automatic emails about your subscription and its use.
        When helpful, we may also write about your subscription, updates or technical matters.
      </p>

      <h2 id="sign-in" className="mt-8">
        Signing in and cookies
      </h2>
      <p>
        Visitors and candidates get no cookies. You can read job ads and apply without us putting
        anything in your browser. The one exception is when you open your own page with the link we
        sent you:
      </p>
      <table>
        <caption>Cookies for candidates on their own page</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Purpose</th>
            <th scope="col">Lifetime</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>
              <code>sr_portal</code>
            </td>
            <td>
              Keeps your page open while you read, download or erase. A random number that says nothing
              about you; we store only a fingerprint of it. HttpOnly, Secure, SameSite=Lax.
            </td>
            <td>30 minutes from when you opened the link.</td>
          </tr>
        </tbody>
      </table>
      <p>Signed-in employers get a few, and they all expire by themselves:</p>
      <table>
        <caption>Cookies for signed-in employers</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Purpose</th>
            <th scope="col">Lifetime</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>
              <code>authjs.session-token</code> (with the prefix __Secure- in production)
            </td>
            <td>
              Keeps you signed in. Encrypted: nobody reading it can tell who you are. HttpOnly, Secure,
              SameSite=Lax. When you sign out, it stops working on the server too.
            </td>
            <td>Stops working after 30 minutes without activity, and after 12 hours at most.</td>
          </tr>
          <tr>
            <td>
              <code>sr_signed_in</code>
            </td>
            <td>
              A sign-in marker with no personal data: only the time you signed in, so we can explain an
              automatic sign-out. HttpOnly, SameSite=Lax.
            </td>
            <td>Gone when you close your browser or sign out.</td>
          </tr>
          <tr>
            <td>
              <code>sr_device</code>
            </td>
            <td>
              Remembers that this browser has signed in before, so a stranger trying wrong passwords cannot
              lock you out. Signed; it tells nobody reading it anything about you. HttpOnly, SameSite=Lax.
            </td>
            <td>90 days; set only when you sign in.</td>
          </tr>
        </tbody>
      </table>
      <p>
        After 30 minutes without activity, access is blocked; you get a warning two minutes before.
        After 12 hours in all, you need to sign in again regardless. We still recommend signing
        out when you take a break. It is a good habit with any online service.
      </p>
      <ul>
        <li>
          Each person has their own username and password. There are no shared logins: invite
          colleagues, and they get their own account.
        </li>
        <li>Nobody gets into your area without both. Keep them safe, and don’t share them.</li>
        <li>Change your password from time to time, especially when a colleague who knew it leaves.</li>
        <li>Removing a member, or changing a password, ends that person’s sessions at once.</li>
        <li>We recommend turning on two-factor sign-in with one-time codes from an authenticator app (TOTP).</li>
      </ul>

      <h2 id="security" className="mt-8">
        Security
      </h2>
      <ul>
        <li>All traffic between your browser and us is encrypted (HTTPS).</li>
        <li>
          The database itself keeps each employer’s data apart, so even a bug in our code would not
          reveal another employer’s applications.
        </li>
        <li>
          We log who opens, downloads, exports and deletes applications, as well as sign-ins and other
          security events. These logs can be added to, never changed, and they are deleted when their time
          is up (see <a href="#short-lived">traces we delete on our own</a>).
        </li>
        <li>Passwords are stored only in a secure one-way form (argon2id), never in plain text.</li>
        <li>SeeRecruit staff must use two-factor sign-in.</li>
      </ul>
      <p>We treat your data with respect and take its security seriously.</p>

      <h2 id="providers" className="mt-8">
        Providers we use
      </h2>
      <p>A few providers (sub-processors) help us run the service:</p>
      <ul>
        <li>
          <strong>Hosting and database:</strong> a provider that stores the data within the EU/EEA.
        </li>
        <li>
          <strong>Email delivery:</strong> Resend, which receives the recipient’s address and the
          content of each email so it can be delivered.
        </li>
      </ul>
      <p>
        Providers get only what their task needs and are bound by agreements with us. Any transfer
        outside the EU/EEA is covered by the EU standard contractual clauses or another valid
        safeguard. Ask us any time which providers we currently use.
      </p>

      <h2 id="limits" className="mt-8">
        What we are not responsible for
      </h2>
      <ul>
        <li>Data you send to an employer outside SeeRecruit, for example by ordinary email.</li>
        <li>
          How the employer handles your data internally after exporting it from SeeRecruit, for
          example into its own HR system. We strongly encourage every employer to follow the same
          standard as we do.
        </li>
        <li>
          Decisions about candidates made wholly or partly on the basis of Personprofilen. The profile
          is built only from the candidate’s own answers, and the employer, not SeeRecruit, decides.
        </li>
      </ul>

      <h2 id="links" className="mt-8">
        Links to other websites
      </h2>
      <p>
        This policy covers seerecruit.com only. Other websites we link to, such as an employer’s own
        site, have their own rules.
      </p>

      <h2 id="changes" className="mt-8">
        Changes
      </h2>
      <p>
        We update this policy when the service or the law changes. The current version is always on
        this page, with its date. This version applies from{' '}
        <time dateTime={privacyUpdated}>1 December 2026</time> and replaces the version from January
        2006.
      </p>

      <h2 id="contact" className="mt-8">
        Questions
      </h2>
      <p>
        Questions or suggestions? Write to{' '}
        <a href="mailto:support@seerecruit.com">support@seerecruit.com</a>. You can also read{' '}
        <a href="/en/about">more about SeeRecruit</a>.
      </p>
    </>
  );
}
