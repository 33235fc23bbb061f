import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { serverMessage, serverMessages } from '../api/serverMessages';

/** What went wrong with a form as a whole: the server's detail, or a network failure. */
export function FormError({ error, fields = [] }: { error: unknown; fields?: string[] }) {
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
      <p className="form-error" role="alert">
        {text}
      </p>
    ) : null;
  }
  return (
    <p className="form-error" role="alert">
      {t('networkError')}
    </p>
  );
}

/** The server's messages for one field of a failed submission, in the reader's language. */
export function fieldError(error: unknown, name: string): string | undefined {
  if (!(error instanceof ApiError)) {
    return undefined;
  }
  // each message on its own: one the file does not know leaves the others translated
  return serverMessages((error.problem.errors as Record<string, string[]> | undefined)?.[name]);
}
