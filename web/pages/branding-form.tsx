import { ErrorSummary, TextField } from '../components/fields';
import { SyndicationFields } from '../components/syndication';
import type { FieldErrors, FormValues } from '../forms/values';
import { one } from '../forms/values';
import type { Translator } from '../i18n/index';

const HEX = /^#[0-9a-f]{6}$/i;

export function brandingLabels(t: Translator): Record<string, string> {
  return {
    nameZh: t('branding.nameZh'),
    nameEn: t('branding.nameEn'),
    primaryColor: t('branding.primary'),
    accentColor: t('branding.accent'),
    logoUrl: t('branding.logo'),
    taglineZh: t('branding.taglineZh'),
    taglineEn: t('branding.taglineEn'),
    syndicationMode: t('branding.syndication'),
    sectors: t('branding.sectors'),
    allowedOrigins: t('branding.origins'),
  };
}

/** The preview's colours, only when they are plain hex colours (they go into a style element). */
export function previewStyle(v: FormValues): string | null {
  const p = one(v, 'primaryColor');
  const a = one(v, 'accentColor');
  const vars = [HEX.test(p) ? `--p:${p}` : '', HEX.test(a) ? `--a:${a}` : ''].filter(Boolean);
  return vars.length ? `.brand-preview{${vars.join(';')}}` : null;
}

/** A small copy of the site header in the chosen colours, rendered by the server. */
export function BrandPreview({ t, v, unsaved }: { t: Translator; v: FormValues; unsaved: boolean }) {
  const name = t.pick(one(v, 'nameZh'), one(v, 'nameEn'));
  const tagline = t.pick(one(v, 'taglineZh'), one(v, 'taglineEn'));
  return (
    <section class="panel" aria-labelledby="h-preview">
      <h2 id="h-preview">{t('branding.previewTitle')}</h2>
      {unsaved ? <p class="notice">{t('branding.previewUnsaved')}</p> : null}
      <div class="brand-preview">
        <div class="bp-bar">
          <span class="bp-swatch" aria-hidden="true" />
          <strong>{name}</strong>
        </div>
        <div class="bp-body">
          <p>{tagline || t('site.tagline')}</p>
          <p>
            <span class="bp-link">{t('branding.previewLink')}</span> <span class="bp-tag">TRL 7</span>
          </p>
        </div>
      </div>
    </section>
  );
}

export function BrandingForm({ t, v, errors }: { t: Translator; v: FormValues; errors: FieldErrors }) {
  const L = brandingLabels(t);
  const text = (name: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField name={name} label={L[name] ?? name} value={one(v, name)} errors={errors} {...extra} />
  );
  return (
    <form class="form" method="post" action="/admin/branding" novalidate>
      <ErrorSummary errors={errors} t={t} labels={L} />
      <fieldset class="group">
        <legend>{t('branding.identity')}</legend>
        {text('nameZh', { required: true })}
        {text('nameEn', { required: true })}
        <div class="colors">
          {text('primaryColor', { type: 'color', hint: t('branding.colorHint') })}
          {text('accentColor', { type: 'color' })}
        </div>
        {text('logoUrl', { type: 'url', hint: t('branding.logoHint'), inputmode: 'text' })}
        {text('taglineZh')}
        {text('taglineEn')}
      </fieldset>
      <fieldset class="group">
        <legend>{t('branding.syndication')}</legend>
        <p class="hint">{t('branding.syndicationHint')}</p>
        <SyndicationFields t={t} v={v} errors={errors} />
      </fieldset>
      <fieldset class="group">
        <legend>{t('branding.embed')}</legend>
        {text('allowedOrigins', { multiline: true, rows: 3, hint: t('branding.originsHint') })}
      </fieldset>
      <div class="actions">
        <button class="btn" type="submit" name="intent" value="save">
          {t('branding.save')}
        </button>
        <button class="btn secondary" type="submit" name="intent" value="preview">
          {t('branding.preview')}
        </button>
      </div>
    </form>
  );
}
