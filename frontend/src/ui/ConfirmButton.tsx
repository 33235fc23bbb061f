import { useEffect, useRef, useState, type FocusEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmButtonProps {
  /** What the first button says, e.g. "Delete". */
  children: ReactNode;
  /** Its accessible name when the visible text alone is ambiguous, e.g. "Delete Solo Climb". */
  label?: string;
  /** The question asked before doing it. */
  question: string;
  /** What the button that does it says, e.g. "Yes, delete". */
  confirm: string;
  onConfirm(): void;
  disabled?: boolean;
  /**
   * Asked before the question: whether the action can be done at all (a category that still holds contents cannot
   * be deleted). False leaves the question unasked, the caller having said why; a failure asks it all the same.
   */
  check?(): Promise<boolean>;
}

/**
 * A destructive action in two taps: the first asks, in place, the second does it. Unlike `confirm()`, the
 * question is part of the page: styled, translated, and read out where the focus goes (on Cancel). Escape, Cancel or moving
 * on elsewhere takes the question back; the first two put the focus back on the first button.
 */
export function ConfirmButton({ children, label, question, confirm, onConfirm, disabled, check }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const [checking, setChecking] = useState(false);
  const [refocus, setRefocus] = useState(false);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!asking && refocus) {
      first.current?.focus();
      setRefocus(false);
    }
  }, [asking, refocus]);

  function withdraw() {
    setAsking(false);
    setRefocus(true);
  }

  async function ask() {
    if (checking) {
      return;
    }
    if (check) {
      setChecking(true);
      const possible = await check().catch(() => true);
      setChecking(false);
      if (!possible) {
        return;
      }
    }
    setAsking(true);
  }

  if (!asking) {
    return (
      <button
        ref={first}
        type="button"
        className="danger"
        aria-label={label}
        onClick={() => void ask()}
        disabled={disabled}
        // not `disabled` while checking: a disabled button loses the focus
        aria-disabled={checking || undefined}
      >
        {children}
      </button>
    );
  }
  return (
    <ConfirmQuestion
      question={question}
      confirm={confirm}
      onConfirm={() => {
        setAsking(false);
        onConfirm();
      }}
      onWithdraw={withdraw}
      onLeave={() => setAsking(false)}
    />
  );
}

interface ConfirmQuestionProps {
  /** The question, e.g. "Delete bob and their list?" */
  question: string;
  /** What the button that does it says, e.g. "Yes, delete". */
  confirm: string;
  onConfirm(): void;
  /** Escape or Cancel: the question is taken back, and the focus should go back where it came from. */
  onWithdraw(): void;
  /** The focus moved on elsewhere: the question is taken back, the focus left where the reader put it. */
  onLeave(): void;
  /**
   * `danger` (the default) for what cannot be had back; `primary` for what a toast's Undo takes back, which a red
   * button made look like a deletion.
   */
  tone?: 'danger' | 'primary';
  /**
   * What the harmless answer says, when "Cancel" would be read as the action itself: in French, "Annuler la dernière
   * modification ?" offered "Oui, l’annuler" and "Annuler".
   */
  cancel?: string;
}

/**
 * The question a destructive or far-reaching action asks in place, with the button that does it and Cancel. The
 * focus goes to Cancel, the harmless answer: a second Enter, or a key held down, must not do it.
 */
export function ConfirmQuestion({ question, confirm, onConfirm, onWithdraw, onLeave, tone = 'danger', cancel }: ConfirmQuestionProps) {
  const { t } = useTranslation();
  function leave(event: FocusEvent<HTMLSpanElement>) {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) {
      onLeave();
    }
  }
  return (
    <span
      className="confirm"
      role="group"
      aria-label={question}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault(); // taken: a form or a selection around it stays open
          onWithdraw();
        }
      }}
      onBlur={leave}
      style={{ display: 'inline-flex', gap: '0.4rem', alignItems: 'center', flexWrap: 'wrap' }}
    >
      <strong>{question}</strong>
      <button type="button" className={tone} onClick={onConfirm}>
        {confirm}
      </button>
      <button type="button" onClick={onWithdraw} autoFocus>
        {cancel ?? t('cancel')}
      </button>
    </span>
  );
}
