import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../ui/ConfirmButton';
import { FormError } from '../ui/FormError';
import { useReturnFocus } from '../ui/useReturnFocus';

/**
 * A row of an admin list that opens into a form in its place. Cancel or Escape closes the form with what was
 * typed and the last error forgotten, and puts the focus back on the button that opened it, as the inline
 * "Delete …?" does.
 */
export function useRowEditor(forget: () => void) {
  const [editing, setEditing] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const returnFocus = useReturnFocus();

  function close() {
    setEditing(false);
    returnFocus(opener);
  }
  function cancel() {
    forget();
    close();
  }
  return {
    editing,
    opener,
    open: () => setEditing(true),
    close,
    cancel,
    /** For the form: Escape cancels, unless something inside it (a question being asked) took the key first. */
    cancelOnEscape(event: KeyboardEvent<HTMLFormElement>) {
      if (event.key === 'Escape' && !event.defaultPrevented) {
        event.preventDefault();
        cancel();
      }
    },
  };
}

interface AdminRowProps {
  /** What the row shows of its item. */
  children: ReactNode;
  /** The button opening the form, from `useRowEditor`. */
  opener: RefObject<HTMLButtonElement | null>;
  onEdit(): void;
  /** What the edit button says, and its name for a screen reader ("Rename Manga"). */
  edit: string;
  editLabel: string;
  deleteLabel: string;
  deleteQuestion: string;
  onDelete(): void;
  deleting: boolean;
  deleteError: unknown;
  /** Whether the item can be deleted, found out before asking (see ConfirmButton's `check`). */
  deleteCheck?(): Promise<boolean>;
  /** Why it cannot, once `deleteCheck` said so. */
  deleteRefusal?: string;
}

/** An item of an admin list as it shows when not being edited: its title, then Edit and Delete. */
export function AdminRow(props: AdminRowProps) {
  const { t } = useTranslation(['admin', 'common']);
  return (
    <li>
      <div className="admin-row">
        <span className="admin-row-title">{props.children}</span>
        <span className="admin-row-actions">
          <button ref={props.opener} type="button" onClick={props.onEdit} aria-label={props.editLabel}>
            {props.edit}
          </button>
          <ConfirmButton
            label={props.deleteLabel}
            confirm={t('confirm.yes')}
            question={props.deleteQuestion}
            onConfirm={props.onDelete}
            disabled={props.deleting}
            check={props.deleteCheck}
          >
            {t('common:delete')}
          </ConfirmButton>
        </span>
      </div>
      {props.deleteRefusal && <DeleteRefusal text={props.deleteRefusal} />}
      <FormError error={props.deleteError} />
    </li>
  );
}

/** Why the item cannot be deleted, under its row, scrolled into sight (on a phone it can fall under the sections bar). */
function DeleteRefusal({ text }: { text: string }) {
  const message = useRef<HTMLParagraphElement>(null);
  useEffect(() => message.current?.scrollIntoView?.({ block: 'nearest' }), [text]);
  return (
    <p ref={message} className="form-error" role="alert">
      {text}
    </p>
  );
}
