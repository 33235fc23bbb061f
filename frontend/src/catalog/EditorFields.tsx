import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';

/** The ids that tie a control to its hint and error, as `Field` from src/ui does for inputs. */
function useDescribed(hint?: ReactNode, error?: string) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const notes = (
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
  return { id, describedBy, notes };
}

interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  label: ReactNode;
  error?: string;
}

export function SelectField({ label, error, children, ...select }: SelectFieldProps) {
  const { id, describedBy, notes } = useDescribed(undefined, error);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...select}>
        {children}
      </select>
      {notes}
    </div>
  );
}

interface TextAreaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  label: ReactNode;
  error?: string;
}

export function TextAreaField({ label, error, ...textarea }: TextAreaFieldProps) {
  const { id, describedBy, notes } = useDescribed(undefined, error);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...textarea} />
      {notes}
    </div>
  );
}

interface CheckFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> {
  label: ReactNode;
  error?: string;
}

/** A checkbox with its label beside it, 44 px tall to tap. */
export function CheckField({ label, error, ...input }: CheckFieldProps) {
  const { id, describedBy, notes } = useDescribed(undefined, error);
  return (
    <div className="field check-field">
      <label htmlFor={id} className="toggle">
        <input id={id} type="checkbox" aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
        <span>{label}</span>
      </label>
      {notes}
    </div>
  );
}
