import { api, data, type Schemas } from '../api/client';

export type Suggestion = Schemas['SuggestionResponse'];
export type SuggestionRequest = Schemas['SuggestionRequest'];
export type SuggestionStatus = NonNullable<Suggestion['status']>;
export const SUGGESTION_STATUSES: SuggestionStatus[] = ['pending', 'approved', 'rejected', 'merged'];
export const SUGGESTIONS_PAGE_SIZE = 20;

/** A new suggestion: its content exists at once, for the caller alone, until a moderator approves it. */
export async function suggestSeries(body: SuggestionRequest): Promise<Suggestion> {
  return data(await api.POST('/api/suggestions', { body }));
}

/** The caller's own suggestions (a moderator's: everyone's), newest first. */
export async function fetchSuggestions(status: SuggestionStatus | null, page: number) {
  return data(
    await api.GET('/api/suggestions', {
      params: { query: { ...(status ? { status } : {}), page, page_size: SUGGESTIONS_PAGE_SIZE } },
    }),
  );
}

export const suggestionKeys = {
  all: ['suggestions'] as const,
  list: (status: SuggestionStatus | null, page: number) => ['suggestions', status, page] as const,
};
