import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { DIMENSIONS } from '@/lib/profile/instrument';
import { band, type ProfileScores } from '@/lib/profile/score';
import { formatScore } from '@/lib/profile/texts';

/**
 * The five results, each a position on the 1–5 scale she answered on (a marker on a line, not a bar that fills
 * up: neither end is "more"), the number in words beside it, and the description of where it lies. The same for
 * her and, when she shares it, for the employer. No total, no percentile, no comparison.
 */
export async function ProfileResults({ scores, locale, headingLevel = 2 }: { scores: ProfileScores; locale: Locale; headingLevel?: 2 | 3 }) {
  const ti = await getTranslations({ locale, namespace: 'ProfileInstrument' });
  const t = await getTranslations({ locale, namespace: 'Profile' });
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="flex !list-none flex-col gap-6 !pl-0" data-testid="profile-results">
      {DIMENSIONS.map((d) => {
        const score = scores[d];
        const position = ((score - 1) / 4) * 100;
        return (
          <li key={d} data-dimension={d} className="!mt-0 flex flex-col gap-2">
            <div className="flex flex-wrap items-baseline justify-between gap-x-4">
              <Heading className="!mt-0 !mb-0 text-lg font-semibold">{ti(`dimensions.${d}.name`)}</Heading>
              <p className="font-semibold tabular-nums" data-testid="score">
                {t('result.score', { score: formatScore(score, locale) })}
              </p>
            </div>
            <p className="text-sm text-muted">{ti(`dimensions.${d}.summary`)}</p>
            <div aria-hidden="true" className="flex items-center gap-3 text-sm text-muted">
              <span>{t('result.scaleStart')}</span>
              <div className="relative h-2 flex-1 rounded-full bg-line">
                {[0, 25, 50, 75, 100].map((tick) => (
                  <span key={tick} className="absolute top-1/2 h-3 w-px -translate-y-1/2 bg-muted/50" style={{ left: `${tick}%` }} />
                ))}
                <span className="absolute top-1/2 size-5 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-white bg-accent shadow" style={{ left: `${position}%` }} />
              </div>
              <span>{t('result.scaleEnd')}</span>
            </div>
            <p>{ti(`dimensions.${d}.${band(score)}`)}</p>
          </li>
        );
      })}
    </ul>
  );
}

/** The method note: what it measures and what it must not be used for (paragraphs split on blank lines). */
export async function ProfileMethodNote({ locale }: { locale: Locale }) {
  const ti = await getTranslations({ locale, namespace: 'ProfileInstrument' });
  return (
    <section aria-labelledby="profile-method" className="flex flex-col gap-3 rounded-lg border border-line bg-white p-5" data-testid="profile-method">
      <h2 id="profile-method" className="!mt-0 !mb-0 text-lg font-semibold">
        {ti('method.title')}
      </h2>
      {ti('method.body')
        .split(/\n\s*\n/)
        .map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
    </section>
  );
}
