import type { Translator } from '../i18n/index';

/** A GET form that filters an admin list by one state (deals, organizations…). */
export function StateFilter({
  t,
  action,
  name,
  label,
  options,
  selected,
  all,
}: {
  t: Translator;
  action: string;
  name: string;
  label: string;
  options: { value: string; label: string }[];
  selected?: string;
  /** The label of a first, empty option meaning "every state"; none when a state is required. */
  all?: string;
}) {
  return (
    <form method="get" action={action} class="row">
      <div class="field">
        <label for={`f-${name}`}>{label}</label>
        <select id={`f-${name}`} name={name}>
          {all ? <option value="">{all}</option> : null}
          {options.map((o) => (
            <option value={o.value} selected={o.value === selected}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <button class="btn secondary" type="submit">
        {t('adminDeals.filter')}
      </button>
    </form>
  );
}
