import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { ApiError } from '../api/client';
import { TextAreaField } from '../ui/Field';
import { FormError, fieldError } from '../ui/FormError';
import { approveSuggestion, mergeSuggestion, rejectSuggestion, useRefreshAll, type Content, type ContentRequest, type Suggestion } from './adminApi';
import { ContentForm } from './ContentForm';
import { MergeTarget } from './MergeTarget';
import type { ToChapters } from './ContentEditorPage';
import { formatInstant } from '../ui/formats';
import { intlLocale } from '../ui/intlLocale';
import { useTimeZone } from '../preferences/useTimeZone';
import { useReturnFocus } from '../ui/useReturnFocus';
import { refocus } from '../ui/refocus';
import { languageName } from '../catalog/format';
import { LANGUAGES } from '../catalog/catalogApi';
import { useConfirmLeaving } from '../ui/useConfirmLeaving';

type Mode = 'edit' | 'reject' | 'merge' | null;

/** What a review decided, said once done: the list then forgets the suggestion (it is no longer pending). */
function useReview(suggestion: Suggestion) {
  const { t } = useTranslation('admin');
  const refresh = useRefreshAll();
  const navigate = useNavigate();
  const done = async (message: string, action?: { label: string; onClick(): void }) => {
    toast.success(message, { action });
    // the card leaves the list with the focus it held: onto the next suggestion's title, else the list's heading.
    // Not its first button, Approve: a second press of Enter would approve a suggestion not yet read
    const card = document.querySelector(`[data-suggestion="${suggestion.id}"]`);
    const neighbour = card?.nextElementSibling ?? card?.previousElementSibling;
    await refresh();
    // the card goes with the list's next drawing, which may come a frame or more after its data: the focus it held
    // is lost only then (a second at most: a list of every status keeps the card)
    for (let frames = 60; card?.isConnected && frames > 0; frames--) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    await refocus(
      () => (neighbour?.isConnected ? neighbour.querySelector<HTMLElement>('.suggestion-head h2') : null),
      () => document.getElementById('suggestions-title'),
    );
  };
  return {
    approve: useMutation({
      mutationFn: (changes?: ContentRequest) => approveSuggestion(suggestion.id!, changes),
      // a series approved has no chapters yet: readers who add it see nothing to read until someone adds them
      onSuccess: (approved) =>
        done(t('suggestions.approved', { title: approved.content_detail?.title ?? suggestion.title }), {
          label: t('suggestions.addChapters'),
          onClick: () => navigate(`/admin/catalog/contents/${approved.content}`, { state: { chapters: true } satisfies ToChapters }),
        }),
    }),
    reject: useMutation({
      mutationFn: (reason: string) => rejectSuggestion(suggestion.id!, reason),
      onSuccess: () => done(t('suggestions.rejected', { title: suggestion.title })),
    }),
    merge: useMutation({
      mutationFn: (into: Content) => mergeSuggestion(suggestion.id!, into.id!),
      onSuccess: (_, into) => done(t('suggestions.merged', { title: suggestion.title, into: into.title })),
    }),
  };
}

/**
 * While the details being edited are not approved, leaving the page asks first. Drawn with the form only: the guard
 * (a router blocker) is there while editing, not for every card of the list.
 */
function ConfirmLeavingEdits({ unsaved }: { unsaved: boolean }) {
  const { t } = useTranslation('admin');
  useConfirmLeaving(unsaved, t('suggestions.leaveUnsaved'));
  return null;
}

/**
 * What a one-tap Approve files the series with, besides its title, category and author: its language (which a
 * reader's suggestion may have left to the default) and its publication status.
 */
function FiledAs({ content }: { content: Content }) {
  const { t, i18n } = useTranslation(['admin', 'common']);
  const code = content.language;
  const language = code && LANGUAGES.includes(code) ? languageName(code, i18n.language) : code;
  return (
    <p className="small">
      {t('admin:suggestions.filedAs', { language, status: t(`common:contentStatus.${content.status}`) })}
    </p>
  );
}

/** One pending suggestion: what the reader proposed, and approve (as is or edited), reject or merge. */
export function SuggestionReview({ suggestion }: { suggestion: Suggestion }) {
  const { t, i18n } = useTranslation(['admin', 'common']);
  const timeZone = useTimeZone();
  const [mode, setMode] = useState<Mode>(null);
  const review = useReview(suggestion);
  const content = suggestion.content_detail;
  const busy = review.approve.isPending || review.reject.isPending || review.merge.isPending;
  // details edited and not yet approved ask before the page is left; approved, the card is on its way out
  const [unsaved, setUnsaved] = useState(false);
  // an approval refused because the catalog has the title meanwhile: merging into that one is the way out
  const approveError = review.approve.error;
  const duplicate = approveError instanceof ApiError && approveError.status === 409 ? approveError.problem.existing : undefined;

  function reject(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    review.reject.mutate(String(new FormData(event.currentTarget).get('reason') ?? ''));
  }

  const toggle = (next: Mode) => setMode((current) => (current === next ? null : next));
  // Escape closes the open panel, as it takes back an inline question, and the focus goes back to its button
  // (Merge… when the way out above opened it: that one is gone while the panel is open)
  const openers = { edit: useRef<HTMLButtonElement>(null), merge: useRef<HTMLButtonElement>(null), reject: useRef<HTMLButtonElement>(null) };
  const returnFocus = useReturnFocus();
  function closeOnEscape(event: KeyboardEvent<HTMLLIElement>) {
    if (event.key !== 'Escape' || mode === null || event.defaultPrevented) {
      return;
    }
    event.preventDefault();
    setMode(null);
    returnFocus(openers[mode]);
  }
  const date = suggestion.created_at ? formatInstant(suggestion.created_at, intlLocale(i18n.language), 'day', timeZone) : '';
  return (
    <li className="card suggestion-review" data-suggestion={suggestion.id} onKeyDown={closeOnEscape}>
      <div className="suggestion-head">
        <h2 tabIndex={-1}>
          {content ? <Link to={`/contents/${content.id}`}>{suggestion.title}</Link> : suggestion.title}
        </h2>
        <p className="muted small">
          {[content?.feature_category_detail?.name, content?.author, t('admin:suggestions.by', { name: suggestion.suggested_by_username, date })]
            .filter(Boolean)
            .join(' · ')}
        </p>
        {content?.alt_titles && content.alt_titles.length > 0 && <p className="small">{content.alt_titles.join(' · ')}</p>}
        {content && <FiledAs content={content} />}
      </div>
      <div className="button-row" role="group" aria-label={t('admin:suggestions.actionsFor', { title: suggestion.title })}>
        {/* editing, the form's own "Approve with these details" is the one way to approve: not two at once */}
        {mode !== 'edit' && (
          <button type="button" className="primary" onClick={() => review.approve.mutate(undefined)} disabled={busy}>
            {t('admin:suggestions.approve')}
          </button>
        )}
        <button ref={openers.edit} type="button" aria-expanded={mode === 'edit'} onClick={() => toggle('edit')} disabled={busy}>
          {t('admin:suggestions.editApprove')}
        </button>
        <button ref={openers.merge} type="button" aria-expanded={mode === 'merge'} onClick={() => toggle('merge')} disabled={busy}>
          {t('admin:suggestions.merge')}
        </button>
        <button ref={openers.reject} type="button" className="danger" aria-expanded={mode === 'reject'} onClick={() => toggle('reject')} disabled={busy}>
          {t('admin:suggestions.reject')}
        </button>
      </div>
      {mode !== 'edit' && <FormError error={approveError} />}
      {duplicate !== undefined && mode !== 'merge' && (
        <p>
          <button type="button" className="link" onClick={() => setMode('merge')}>
            {t('admin:suggestions.mergeInstead')}
          </button>
        </p>
      )}
      {mode === 'edit' && content && (
        <div className="review-panel">
          <ContentForm
            content={content}
            onSubmit={(changes) => review.approve.mutate(changes)}
            busy={busy}
            error={approveError}
            submitLabel={t('admin:suggestions.approveEdited')}
            onUnsavedChange={setUnsaved}
          />
          <ConfirmLeavingEdits unsaved={unsaved && !busy && !review.approve.isSuccess} />
        </div>
      )}
      {mode === 'reject' && (
        <form className="review-panel" onSubmit={reject} noValidate>
          <TextAreaField
            label={t('admin:suggestions.reason')}
            name="reason"
            rows={2}
            maxLength={500}
            required
            hint={t('admin:suggestions.reasonHint')}
            error={fieldError(review.reject.error, 'reason')}
            // the server's "may not be blank" gone as a reason is typed, not left beside it until the next press (a
            // refusal of another kind, such as a suggestion reviewed meanwhile, stays)
            onChange={() => fieldError(review.reject.error, 'reason') && review.reject.reset()}
          />
          <FormError error={review.reject.error} fields={['reason']} />
          <button type="submit" className="danger" disabled={busy}>
            {t('admin:suggestions.confirmReject')}
          </button>
        </form>
      )}
      {mode === 'merge' && (
        <div className="review-panel">
          <MergeTarget
            excluded={suggestion.content!}
            title={suggestion.title ?? ''}
            onChoose={(into) => review.merge.mutate(into)}
            disabled={busy}
          />
          <FormError error={review.merge.error} />
        </div>
      )}
    </li>
  );
}
