import { IP_TYPES, PRICE_TYPES, TRANSACTION_MODES } from '../../schema/enums';
import { SECTOR_TAXONOMY } from '../../schema/sector-taxonomy';
import { ChoiceGroup, ErrorSummary, SelectField, TextField } from '../components/fields';
import { type FieldErrors, type FormValues, many, one } from '../forms/values';
import type { Translator } from '../i18n/index';
import { enumOptions } from '../routes/helpers';

export function listingLabels(t: Translator): Record<string, string> {
  return {
    titleZh: t('form.titleZh'),
    titleEn: t('form.titleEn'),
    summaryZh: t('form.summaryZh'),
    summaryEn: t('form.summaryEn'),
    descriptionZh: t('form.descriptionZh'),
    confidentialZh: t('form.confidentialZh'),
    sector: t('listing.sector'),
    keywords: t('form.keywords'),
    trl: t('listing.trl'),
    ipType: t('listing.ipType'),
    ipNumbers: t('form.ipNumbers'),
    modes: t('listing.modes'),
    priceType: t('form.priceType'),
    priceMin: t('form.priceMin'),
    priceMax: t('form.priceMax'),
    inventors: t('form.inventors'),
    region: t('form.region'),
  };
}

export function ListingForm(props: {
  t: Translator;
  values: FormValues;
  errors: FieldErrors;
  action: string;
  heading: string;
  isNew: boolean;
}) {
  const { t, values: v, errors, action, heading, isNew } = props;
  const L = listingLabels(t);
  const text = (name: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField name={name} label={L[name] ?? name} value={one(v, name)} errors={errors} {...extra} />
  );
  return (
    <>
      <h1>{heading}</h1>
      <form class="form" method="post" action={action} novalidate>
        <ErrorSummary errors={errors} t={t} labels={L} />
        {v.version ? <input type="hidden" name="version" value={one(v, 'version')} /> : null}
        {text('titleZh', { required: true })}
        {text('titleEn')}
        {text('summaryZh', { required: true, multiline: true })}
        {text('summaryEn', { multiline: true })}
        {text('descriptionZh', { multiline: true, rows: 6 })}
        <SelectField
          name="sector"
          label={L.sector ?? ''}
          value={one(v, 'sector')}
          errors={errors}
          required
          blank="—"
          options={SECTOR_TAXONOMY.map((s) => ({ value: s.slug, label: t.sector(s.slug) }))}
        />
        <SelectField
          name="trl"
          label={L.trl ?? ''}
          hint={t('form.hintTrl')}
          value={one(v, 'trl')}
          errors={errors}
          required
          blank="—"
          options={[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => ({ value: String(n), label: `TRL ${n}` }))}
        />
        <SelectField
          name="ipType"
          label={L.ipType ?? ''}
          value={one(v, 'ipType')}
          errors={errors}
          required
          blank="—"
          options={enumOptions(t, 'ip', IP_TYPES)}
        />
        {text('ipNumbers', { multiline: true, rows: 3 })}
        <ChoiceGroup
          name="modes"
          label={L.modes ?? ''}
          values={many(v, 'modes')}
          errors={errors}
          required
          options={enumOptions(t, 'mode', TRANSACTION_MODES)}
        />
        <ChoiceGroup
          name="priceType"
          type="radio"
          label={L.priceType ?? ''}
          values={many(v, 'priceType')}
          errors={errors}
          options={enumOptions(t, 'price', PRICE_TYPES)}
        />
        {text('priceMin', { inputmode: 'decimal' })}
        {text('priceMax', { inputmode: 'decimal' })}
        {text('keywords')}
        {text('inventors')}
        {text('region')}
        {text('confidentialZh', { multiline: true })}
        <div class="actions">
          {isNew ? (
            <>
              <button class="btn" type="submit" name="intent" value="submit">
                {t('form.saveSubmit')}
              </button>
              <button class="btn secondary" type="submit" name="intent" value="draft">
                {t('form.saveDraft')}
              </button>
            </>
          ) : (
            <button class="btn" type="submit">
              {t('form.save')}
            </button>
          )}
          <a href="/dashboard">{t('form.cancel')}</a>
        </div>
      </form>
    </>
  );
}
