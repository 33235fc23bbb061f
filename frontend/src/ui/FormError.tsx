import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { serverMessage, serverMessages } from '../api/serverMessages';

/**
 * What went wrong with a form as a whole: the server's detail, or a network failure. When a submission fails, the
 * focus goes to what the reader must look at, which may be far from the button they pressed (a phone shows a
 * tenth of a long form): the form's first field the server refused, else this message.
 */
export function FormError({ error, fields = [] }: { error: unknown; fields?: string[] }) {
  const anchor = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (error) {
      focusFirstProblem(anchor.current);
    }
  }, [error]);
  return (
    <>
      <span ref={anchor} hidden />
      <FormErrorMessage error={error} fields={fields} />
    </>
  );
}

function FormErrorMessage({ error, fields }: { error: unknown; fields: string[] }) {
  const { t } = useTranslation();
  if (!error) {
    return null;
  }
  if (error instanceof ApiError) {
    // messages for fields the form shows are shown beside them
    const errors = (error.problem.errors ?? {}) as Record<string, string[]>;
    const others = Object.entries(errors)
      .filter(([name]) => !fields.includes(name))
      .flatMap(([, messages]) => messages);
    const text =
      others.length > 0 ? serverMessages(others) : Object.keys(errors).length > 0 ? null : serverMessage(error.message);
    return text ? (
      <p className="form-error" role="alert" tabIndex={-1}>
        {text}
      </p>
    ) : null;
  }
  return (
    <p className="form-error" role="alert" tabIndex={-1}>
      {t('networkError')}
    </p>
  );
}

/**
 * The first refused field of the form (or section) around `anchor`, else the message after it, focused and brought
 * to the middle of the window: focus alone scrolled it only as far as the window's edge, where on a phone the form's
 * sticky Save bar covered it and its message.
 */
function focusFirstProblem(anchor: HTMLElement | null) {
  const scope = anchor?.closest('form') ?? anchor?.parentElement;
  const message = anchor?.nextElementSibling;
  const target = scope?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? (message instanceof HTMLElement ? message : null);
  target?.focus({ preventScroll: true });
  target?.scrollIntoView?.({ block: 'center' });
}

/** The server's messages for one field of a failed submission, in the reader's language. */
export function fieldError(error: unknown, name: string): string | undefined {
  if (!(error instanceof ApiError)) {
    return undefined;
  }
  // each message on its own: one the file does not know leaves the others translated
  return serverMessages((error.problem.errors as Record<string, string[]> | undefined)?.[name]);
}
