import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';

/** What every form control here has besides its own attributes. */
interface Labelled {
  label: ReactNode;
  /** The server's message for this field. */
  error?: string;
  hint?: ReactNode;
}

/** The ids that tie a control to its hint and error, so that screen readers read them out with it. */
function useDescribed(hint: ReactNode, error: string | undefined) {
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
  return { id, control: { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy }, notes };
}

/** A labelled input with its hint and the server's message for it. */
export function Field({ label, error, hint, ...input }: Labelled & InputHTMLAttributes<HTMLInputElement>) {
  const { id, control, notes } = useDescribed(hint, error);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input {...control} {...input} />
      {notes}
    </div>
  );
}

export function SelectField({ label, error, hint, children, ...select }: Labelled & SelectHTMLAttributes<HTMLSelectElement>) {
  const { id, control, notes } = useDescribed(hint, error);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select {...control} {...select}>
        {children}
      </select>
      {notes}
    </div>
  );
}

export function TextAreaField({ label, error, hint, ...textarea }: Labelled & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const { id, control, notes } = useDescribed(hint, error);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea {...control} {...textarea} />
      {notes}
    </div>
  );
}

/** A checkbox with its label beside it, 44 px tall to tap. No role: ARIA allows a checkbox only a few, which Preact's types enforce. */
export function CheckField({ label, error, hint, ...input }: Labelled & Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'role'>) {
  const { id, control, notes } = useDescribed(hint, error);
  return (
    <div className="field check-field">
      <label htmlFor={id} className="toggle">
        <input type="checkbox" {...control} {...input} />
        <span>{label}</span>
      </label>
      {notes}
    </div>
  );
}
