import { SYNDICATION_MODES } from '../../schema/enums';
import { SECTOR_TAXONOMY } from '../../schema/sector-taxonomy';
import type { FieldErrors, FormValues } from '../forms/values';
import { many, one } from '../forms/values';
import type { MessageKey, Translator } from '../i18n/index';
import { ChoiceGroup } from './fields';

/** Which hub listings a storefront shows: all, by sector (with the sector boxes), or its own only. */
export function SyndicationFields({ t, v, errors }: { t: Translator; v: FormValues; errors: FieldErrors }) {
  return (
    <>
      <ChoiceGroup
        name="syndicationMode"
        type="radio"
        label={t('branding.modeLabel')}
        values={[one(v, 'syndicationMode')]}
        errors={errors}
        options={SYNDICATION_MODES.map((m) => ({ value: m, label: t(`branding.mode.${m}` as MessageKey) }))}
      />
      <ChoiceGroup
        name="sectors"
        label={t('branding.sectors')}
        values={many(v, 'sectors')}
        errors={errors}
        options={SECTOR_TAXONOMY.map((s) => ({ value: s.slug, label: t.sector(s.slug) }))}
      />
    </>
  );
}
