import { Eye, EyeOff } from 'lucide-react';
import {
  useState,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { useTranslation } from 'react-i18next';
import { useUniqueId } from './useUniqueId';

/** What every form control here has besides its own attributes. */
interface Labelled {
  label: ReactNode;
  /** The server's message for this field. */
  error?: string;
  hint?: ReactNode;
}

/** The ids that tie a control to its hint and error, so that screen readers read them out with it. */
function useDescribed(hint: ReactNode, error: string | undefined) {
  const id = useUniqueId();
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

/**
 * A password input with a button that shows what was typed: a typo in a new password, which nobody sees, locked
 * readers out after a reset. It shows the text until pressed again; the form sends the same value either way.
 */
export function PasswordField({ label, error, hint, ...input }: Labelled & Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'role'>) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const { id, control, notes } = useDescribed(hint, error);
  // one input whose type changes (Preact patches the attribute), so that what was typed stays; the types know an
  // input's attributes by a fixed type only
  const type = (shown ? 'text' : 'password') as 'password';
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="password-input">
        <input {...control} {...input} type={type} autoCapitalize="none" spellcheck={false} />
        <button type="button" className="show-password" aria-controls={id} aria-pressed={shown} onClick={() => setShown(!shown)}>
          {shown ? <EyeOff aria-hidden="true" size={20} /> : <Eye aria-hidden="true" size={20} />}
          <span className="visually-hidden">{t('showPassword')}</span>
        </button>
      </div>
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
