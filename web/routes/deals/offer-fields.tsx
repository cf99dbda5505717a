import { SelectField, TextField } from '../../components/fields';
import { MILESTONE_ROWS } from '../../forms/offer';
import { type FieldErrors, type FormValues, one } from '../../forms/values';
import type { MessageKey, Translator } from '../../i18n/index';

// The offer form's fields (发起交易 / 还价), shared by the new-deal page and the room's counter-offer.

export function OfferFields({
  t,
  modes,
  values,
  errors,
  message,
}: {
  t: Translator;
  modes: readonly string[];
  values: FormValues;
  errors: FieldErrors;
  message?: boolean;
}) {
  return (
    <>
      <SelectField
        name="mode"
        label={t('deal.mode')}
        errors={errors}
        value={one(values, 'mode')}
        options={modes.map((m) => ({ value: m, label: t(`mode.${m}` as MessageKey) }))}
        required
      />
      <TextField
        name="amount"
        label={t('deal.amount')}
        errors={errors}
        value={one(values, 'amount')}
        inputmode="decimal"
        required
      />
      <fieldset class="field">
        <legend>{t('deal.milestones')}</legend>
        <p class="hint">{t('deal.milestoneHint')}</p>
        {MILESTONE_ROWS.map((n) => (
          <div class="row">
            <TextField
              name={`m${n}Title`}
              label={t('deal.mTitle', { n })}
              errors={errors}
              value={one(values, `m${n}Title`)}
            />
            <TextField
              name={`m${n}Share`}
              label={t('deal.mShare')}
              errors={errors}
              value={one(values, `m${n}Share`)}
              inputmode="decimal"
            />
            <TextField
              name={`m${n}Due`}
              label={t('deal.mDue')}
              errors={errors}
              value={one(values, `m${n}Due`)}
              type="date"
            />
          </div>
        ))}
      </fieldset>
      <TextField
        name="terms"
        label={t('deal.terms')}
        errors={errors}
        value={one(values, 'terms')}
        multiline
        rows={3}
      />
      {message ? (
        <TextField
          name="message"
          label={t('deal.message')}
          errors={errors}
          value={one(values, 'message')}
          multiline
          rows={2}
        />
      ) : null}
    </>
  );
}

/** A schema issue at milestones.N.field belongs to the form's row N+1. */
export const offerField = (path: PropertyKey[]) => {
  if (path[0] === 'milestones' && typeof path[1] === 'number') {
    const suffix = path[2] === 'dueDate' ? 'Due' : path[2] === 'title' ? 'Title' : 'Share';
    return `m${path[1] + 1}${suffix}`;
  }
  return String(path[0] ?? '_form');
};
