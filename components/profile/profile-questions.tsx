import { getTranslations } from 'next-intl/server';
import { FormMessage, SubmitButton } from '@/components/forms/field';
import type { Locale } from '@/i18n/routing';
import { ITEMS, itemsOnPage, PAGE_COUNT, SCALE, type Answers, type ItemId } from '@/lib/profile/instrument';
import { profilePath } from '@/lib/profile/link';
import { ProfileForm } from './profile-form';

type Link = { tenant: string; ref: string; sig: string; locale: Locale };

/**
 * One page of eight statements, each a radio group (fieldset and legend) of the five answers. Stacked on a phone,
 * in a row from the small breakpoint up; every answer is a 44 px target. A plain form post saves the page
 * (JavaScript or not); what she answered before is checked again when she comes back.
 */
export async function ProfileQuestions({ locale, page, answers, missing, invalid, link, action }: { locale: Locale; page: number; answers: Answers; missing: ItemId[]; invalid: boolean; link: Link; action: (prev: void, form: FormData) => Promise<void> }) {
  const t = await getTranslations({ locale, namespace: 'Profile' });
  const ti = await getTranslations({ locale, namespace: 'ProfileInstrument' });
  const items = itemsOnPage(page);
  const answered = ITEMS.filter((i) => answers[i.id] !== undefined).length;
  const last = page === PAGE_COUNT;
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <p className="font-semibold" data-testid="profile-progress">
          {t('progress', { page, count: PAGE_COUNT })}
        </p>
        <div aria-hidden="true" className="h-2 rounded-full bg-line">
          <div className="h-2 rounded-full bg-accent" style={{ width: `${(answered / ITEMS.length) * 100}%` }} />
        </div>
        <p className="text-sm text-muted">{t('answered', { done: answered, total: ITEMS.length })}</p>
      </div>
      {missing.length ? (
        <FormMessage tone="error" id="profile-error">
          {t('missing', { count: missing.length })}
        </FormMessage>
      ) : null}
      {invalid ? (
        <FormMessage tone="error" id="profile-error">
          {t('invalid')}
        </FormMessage>
      ) : null}
      <ProfileForm action={action} link={{ ref: link.ref, sig: link.sig }} className="flex flex-col gap-6">
        <input type="hidden" name="tenant" value={link.tenant} />
        <input type="hidden" name="ref" value={link.ref} />
        <input type="hidden" name="sig" value={link.sig} />
        <input type="hidden" name="locale" value={link.locale} />
        <input type="hidden" name="page" value={String(page)} />
        <p className="text-sm text-muted">{t('scaleHint')}</p>
        {items.map((item, index) => {
          const isMissing = missing.includes(item.id);
          return (
            <fieldset
              key={item.id}
              data-item={item.id}
              aria-describedby={isMissing ? `${item.id}-missing` : undefined}
              className={`flex flex-col gap-3 rounded-lg border bg-white p-4 ${isMissing ? 'border-danger' : 'border-line'}`}
            >
              <legend className="float-left w-full font-semibold">
                <span className="text-muted">{(page - 1) * items.length + index + 1}. </span>
                {ti(`items.${item.id}`)}
              </legend>
              {isMissing ? (
                <p id={`${item.id}-missing`} className="clear-left text-sm font-medium text-danger">
                  {t('missingItem')}
                </p>
              ) : null}
              <div className="clear-left grid gap-2 sm:grid-cols-5">
                {SCALE.map((value) => (
                  <label
                    key={value}
                    className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md border border-line px-3 py-2 has-[:checked]:border-accent has-[:checked]:bg-accent-soft sm:flex-col sm:justify-center sm:gap-1 sm:text-center sm:text-sm"
                  >
                    <input type="radio" name={item.id} value={String(value)} defaultChecked={answers[item.id] === value} className="size-5 shrink-0 accent-[var(--color-accent)]" />
                    <span>{ti(`scale.${value}`)}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          );
        })}
        <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
          <SubmitButton>{last ? t('finish') : t('next')}</SubmitButton>
          {page > 1 ? (
            <a href={profilePath(link.locale, link.tenant, link.ref, { page: String(page - 1) })} className="inline-flex min-h-11 items-center text-accent underline underline-offset-2">
              {t('previous', { page: page - 1 })}
            </a>
          ) : null}
        </div>
      </ProfileForm>
      <p className="text-sm text-muted">{t('pause')}</p>
    </div>
  );
}
