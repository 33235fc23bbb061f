import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { ApiError } from '../api/client';
import { readAgain } from '../api/readAgain';
import { fetchContent, keys } from './catalogApi';
import { SuggestionForm } from './SuggestionForm';
import { suggestionKeys, suggestSeries, type SuggestionRequest } from './suggestionsApi';
import './catalog.css';

/** A series the catalog already has (or that awaits review): a link to it when the reader may open it. */
function AlreadyThere({ contentId }: { contentId: number }) {
  const { t } = useTranslation('catalog');
  // another reader's suggestion under review is not the caller's to open: then there is no link
  const content = useQuery({ queryKey: keys.content(contentId), queryFn: () => fetchContent(contentId), retry: false });
  if (!content.isSuccess) {
    return null;
  }
  return (
    <p className="already-there">
      <Link to={`/contents/${contentId}`}>{t('suggest.openExisting', { title: content.data.title })}</Link>
    </p>
  );
}

/**
 * "Suggest a series": the form, then the new series' own page, where the reader may add it to their list at
 * once. Nobody else sees it until a moderator approves it.
 */
export function SuggestPage() {
  const { t } = useTranslation('catalog');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const suggesting = useMutation({
    mutationFn: (body: SuggestionRequest) => suggestSeries(body),
    onSuccess: (suggestion) => {
      toast.success(t('suggest.done', { title: suggestion.title }));
      void readAgain(queries, { queryKey: suggestionKeys.all });
      void readAgain(queries, { queryKey: ['catalog', 'contents'] });
      navigate(`/contents/${suggestion.content}`);
    },
  });
  const existing = suggesting.error instanceof ApiError && suggesting.error.status === 409 ? suggesting.error.problem.existing : undefined;

  return (
    <section className="page suggest-page">
      <Link to="/catalog" className="back-link">
        {t('backToCatalog')}
      </Link>
      <h1>{t('suggest.title')}</h1>
      <p className="muted">{t('suggest.intro')}</p>
      <div className="card">
        <SuggestionForm
          initialTitle={params.get('title') ?? ''}
          onSubmit={(body) => suggesting.mutate(body)}
          busy={suggesting.isPending}
          error={suggesting.error}
        />
        {existing !== undefined && <AlreadyThere contentId={existing} />}
      </div>
    </section>
  );
}
