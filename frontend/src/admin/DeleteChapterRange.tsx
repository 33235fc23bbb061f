import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, data } from '../api/client';
import { Field } from '../ui/Field';
import { FormError, fieldError } from '../ui/FormError';
import { ConfirmQuestion } from '../ui/ConfirmButton';
import { useReturnFocus } from '../ui/useReturnFocus';
import { useRefreshAll } from './adminApi';
import { parseChapterRange } from './forms';

type Range = { from: number; to: number };

/**
 * The way back from a range added by mistake ("301–2000" for "301–320"): the chapters numbered from–to go in one
 * request, after a question. Folded behind a button under the list, as something done rarely and not undone.
 */
export function DeleteChapterRange({ content }: { content: number }) {
  const { t } = useTranslation('admin');
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  // closed, the form gives the focus back to the button that opened it
  const returnFocus = useReturnFocus();

  if (!open) {
    return (
      <button ref={opener} type="button" className="delete-range-opener" onClick={() => setOpen(true)}>
        {t('chapters.deleteRange.open')}
      </button>
    );
  }
  return (
    <DeleteRangeForm
      content={content}
      onClose={() => {
        setOpen(false);
        returnFocus(opener);
      }}
    />
  );
}

function DeleteRangeForm({ content, onClose }: { content: number; onClose(): void }) {
  const { t } = useTranslation(['admin', 'common']);
  const refresh = useRefreshAll();
  const form = useRef<HTMLFormElement>(null);
  const [invalid, setInvalid] = useState<string>();
  const [asking, setAsking] = useState<Range | null>(null);
  const remove = useMutation({
    mutationFn: async ({ from, to }: Range) =>
      data(await api.DELETE('/api/chapters/range', { params: { query: { content, from, to } } })),
    onSuccess: () => refresh(),
  });
  const rangeField = () => form.current?.querySelector<HTMLInputElement>('[name="range"]');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // nothing said of the last deletion is about this one
    remove.reset();
    // any length: taking back a thousand chapters typed by mistake is what this form is for
    const range = parseChapterRange(String(new FormData(event.currentTarget).get('range') ?? ''), Infinity);
    if (!range.ok) {
      setInvalid(t(`chapters.range.${range.reason}`));
      rangeField()?.focus();
      return;
    }
    setInvalid(undefined);
    setAsking(range);
  }

  function deleteRange(range: Range) {
    setAsking(null);
    remove.mutate(range, {
      onSuccess: ({ deleted }) => {
        // a range that matched nothing is kept, to be corrected in place (a typo, most likely)
        if (deleted) {
          form.current?.reset();
        }
        rangeField()?.focus();
      },
    });
  }

  function said(deleted: number, { from, to }: Range) {
    if (deleted > 0) {
      return from === to
        ? t('chapters.deleteRange.deletedOne', { number: from })
        : t('chapters.deleteRange.deleted', { count: deleted, from, to });
    }
    return from === to ? t('chapters.deleteRange.noneOne', { number: from }) : t('chapters.deleteRange.none', { from, to });
  }

  return (
    <form
      ref={form}
      className="chapter-form delete-range"
      onSubmit={submit}
      // Escape closes it, as Close does; while a question is asked, Escape takes the question back first
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.defaultPrevented && !asking) {
          event.preventDefault();
          onClose();
        }
      }}
      noValidate
      aria-labelledby="delete-range-title"
    >
      <h3 id="delete-range-title">{t('chapters.deleteRange.title')}</h3>
      <Field
        label={t('chapters.range.label')}
        name="range"
        placeholder="301–2000"
        hint={t('chapters.deleteRange.hint')}
        autoFocus
        error={invalid ?? fieldError(remove.error, 'from') ?? fieldError(remove.error, 'to')}
      />
      {remove.isSuccess && <p role="status">{said(remove.data.deleted ?? 0, remove.variables)}</p>}
      <FormError error={remove.error} fields={['from', 'to']} />
      {asking ? (
        <ConfirmQuestion
          question={
            asking.from === asking.to
              ? t('chapters.deleteRange.questionOne', { number: asking.from })
              : t('chapters.deleteRange.question', asking)
          }
          confirm={t(asking.from === asking.to ? 'chapters.deleteRange.confirmOne' : 'chapters.deleteRange.confirm')}
          onConfirm={() => deleteRange(asking)}
          onWithdraw={() => {
            setAsking(null);
            rangeField()?.focus();
          }}
          onLeave={() => setAsking(null)}
        />
      ) : (
        <div className="button-row">
          <button type="submit" className="danger" disabled={remove.isPending}>
            {t('chapters.deleteRange.submit')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common:close')}
          </button>
        </div>
      )}
    </form>
  );
}
