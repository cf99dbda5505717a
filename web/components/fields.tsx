import type { Child } from 'hono/jsx';
import type { FieldErrors } from '../forms/values';
import type { Translator } from '../i18n/index';

// Form controls that carry their own label, hint and inline error, wired with aria-describedby,
// so that a screen reader announces the error with the field.

interface Base {
  name: string;
  label: string;
  errors: FieldErrors;
  hint?: string;
  required?: boolean;
}

const describedBy = (name: string, hint?: string, error?: string) =>
  [hint ? `f-${name}-hint` : '', error ? `f-${name}-error` : ''].filter(Boolean).join(' ') || undefined;

function Wrap({
  name,
  label,
  hint,
  error,
  children,
}: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  children: Child;
}) {
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={`f-${name}`}>{label}</label>
      {hint ? (
        <p class="hint" id={`f-${name}-hint`}>
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p class="error" id={`f-${name}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function TextField(
  props: Base & {
    value: string;
    type?: string;
    multiline?: boolean;
    autocomplete?: string;
    inputmode?: 'decimal' | 'numeric' | 'email' | 'text';
    rows?: number;
  },
) {
  const { name, label, hint, errors, required, value, type = 'text', multiline } = props;
  const error = errors[name];
  const common = {
    id: `f-${name}`,
    name,
    required: required || undefined,
    'aria-invalid': error ? 'true' : undefined,
    'aria-describedby': describedBy(name, hint, error),
  };
  return (
    <Wrap name={name} label={label} hint={hint} error={error}>
      {multiline ? (
        <textarea {...common} rows={props.rows ?? 4}>
          {value}
        </textarea>
      ) : (
        <input
          {...common}
          type={type}
          value={value}
          autocomplete={props.autocomplete}
          inputmode={props.inputmode}
        />
      )}
    </Wrap>
  );
}

export function SelectField(
  props: Base & { value: string; options: { value: string; label: string }[]; blank?: string },
) {
  const { name, label, hint, errors, required, value, options, blank } = props;
  const error = errors[name];
  return (
    <Wrap name={name} label={label} hint={hint} error={error}>
      <select
        id={`f-${name}`}
        name={name}
        required={required || undefined}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(name, hint, error)}
      >
        {blank !== undefined ? <option value="">{blank}</option> : null}
        {options.map((o) => (
          <option value={o.value} selected={o.value === value}>
            {o.label}
          </option>
        ))}
      </select>
    </Wrap>
  );
}

export function ChoiceGroup(
  props: Base & {
    values: string[];
    options: { value: string; label: string }[];
    type?: 'checkbox' | 'radio';
  },
) {
  const { name, label, errors, values, options, type = 'checkbox' } = props;
  const error = errors[name];
  return (
    <fieldset
      class={error ? 'field invalid' : 'field'}
      aria-describedby={error ? `f-${name}-error` : undefined}
    >
      <legend>{label}</legend>
      {options.map((o) => (
        <label class="opt">
          <input type={type} name={name} value={o.value} checked={values.includes(o.value)} /> {o.label}
        </label>
      ))}
      {error ? (
        <p class="error" id={`f-${name}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** The summary at the top of a form that failed: focusable links to each field. */
export function ErrorSummary({
  errors,
  t,
  labels,
}: {
  errors: FieldErrors;
  t: Translator;
  labels: Record<string, string>;
}) {
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div class="alert" role="alert" id="form-errors">
      <strong>{t('form.errorsTitle', { n: entries.length })}</strong>
      <ul>
        {entries.map(([field, message]) => (
          <li>
            {field === '_form' ? (
              message
            ) : (
              <a href={`#f-${field}`}>{t.labelled(labels[field] ?? field, message)}</a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
