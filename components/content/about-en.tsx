
export default function AboutEn() {
  return (
    <>
      <h2 id="what-seerecruit-is">What SeeRecruit is</h2>
      <p>
        SeeRecruit is a recruitment service for Norway. Candidates apply for positions from their phone
        or at their desk. Employers advertise positions, read applications and manage their
        subscription in one dashboard.
      </p>

      <h2 id="privacy-by-construction" className="mt-8">
        Privacy by construction
      </h2>
      <p>
        We have had a privacy policy since 2006. Now we go a step further: every promise in the policy
        is kept by the software and the database, not just by good intentions. A few examples:
      </p>
      <ul>
        <li>
          <strong>Applications cannot be changed.</strong> The database refuses any change to a sent
          application, including from the employer. Corrections are stored as separate notes next to the
          original.
        </li>
        <li>
          <strong>Each employer on its own.</strong> The database itself keeps employers’ data apart. One
          employer can never see another’s candidates, even if there were a bug in the code.
        </li>
        <li>
          <strong>Automatic deletion.</strong> Once a position is filled, its applications are deleted
          after a set time: 90 days by default, never more than 365.
        </li>
        <li>
          <strong>No cookies for candidates.</strong> You can read job ads and apply without us putting
          anything in your browser. Only your own page, opened from the link we email you, keeps one for
          30 minutes.
        </li>
        <li>
          <strong>Signed requests.</strong> Access and deletion require a time-limited link sent to the
          email address in your application. A phone call is not enough.
        </li>
        <li>
          <strong>Access is logged.</strong> We record who at the employer opens an application, and
          when. You can see that for yourself.
        </li>
      </ul>

      <h2 id="for-candidates" className="mt-8">
        For candidates
      </h2>
      <p>
        The application form is short and light, and it works well on a phone. Nothing is stored until
        you press “Send”. You get a confirmation email with a link to your own page, where you can
        follow your application at every employer. Whenever you like, you can get a copy of your data, send a correction or withdraw
        your application.
      </p>
      <p>
        <a href="/en/privacy/request">See or delete your data</a>
      </p>

      <h2 id="for-employers" className="mt-8">
        For employers
      </h2>
      <ul>
        <li>Advertise positions on your own careers page. They come down by themselves at the closing date.</li>
        <li>Read and assess applications with your colleagues, each with their own sign-in.</li>
        <li>
          If someone applies more than once for the same position, you see one candidate with several
          submissions.
        </li>
        <li>Export applications to your own HR system when the position is filled.</li>
        <li>Decide how long applications are kept after a position is filled, within the limits above.</li>
        <li>See anonymous statistics that never show groups smaller than five.</li>
      </ul>
      <p>
        Your candidates notice that their data is well looked after. That makes for a good first
        meeting with a new workplace.
      </p>

      <h2 id="contact" className="mt-8">
        Contact
      </h2>
      <p>
        If you have questions, write to{' '}
        <a href="mailto:support@seerecruit.com">support@seerecruit.com</a>. We reply as quickly as we
        can. You can also read our full <a href="/en/privacy">privacy policy</a>.
      </p>
    </>
  );
}
