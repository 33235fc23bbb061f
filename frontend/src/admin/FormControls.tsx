import { useId, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';

/** The `Field` of src/ui for a select and a textarea: a label, the control, a hint and the server's message. */
function useDescription(hint: ReactNode, error: string | undefined) {
  const id = useId();
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  const extras = (
    <>
      {hint && (
        <small id={`${id}-hint`} className="hint">
          {hint}
        </small>
      )}
      {error && (
        <small id={`${id}-error`} className="error">
          {error}
        </small>
      )}
    </>
  );
  return { id, described: described || undefined, extras };
}

interface Extra {
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
}

export function SelectField({ label, error, hint, children, ...select }: Extra & SelectHTMLAttributes<HTMLSelectElement>) {
  const { id, described, extras } = useDescription(hint, error);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} aria-invalid={error ? true : undefined} aria-describedby={described} {...select}>
        {children}
      </select>
      {extras}
    </div>
  );
}

export function TextAreaField({ label, error, hint, ...textarea }: Extra & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const { id, described, extras } = useDescription(hint, error);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} aria-invalid={error ? true : undefined} aria-describedby={described} {...textarea} />
      {extras}
    </div>
  );
}
