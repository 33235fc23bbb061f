import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import i18n from '../i18n';
import { SuggestionForm } from './SuggestionForm';

const refused = new ApiError(400, {
  title: 'Invalid',
  errors: { title: ['This field may not be blank.'], feature_category: ['This field is required.'], author: ['Ensure this field has no more than 200 characters.'] },
});

describe('a suggestion the server refused', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('drops the server’s message of each field the reader changes, and only of that one', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ count: 1, results: [{ id: 1, name: 'Manga' }] }), { headers: { 'Content-Type': 'application/json' } })));
    const user = userEvent.setup();
    render(
      <QueryClientProvider client={new QueryClient()}>
        <SuggestionForm initialTitle="" onSubmit={vi.fn()} busy={false} error={refused} />
      </QueryClientProvider>,
    );
    expect(screen.getByText('This field may not be blank.')).toBeInTheDocument();

    await user.type(screen.getByLabelText(/^Title/), 'Frieren');
    expect(screen.queryByText('This field may not be blank.')).toBeNull();
    expect(screen.getByLabelText(/^Title/)).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('This field is required.')).toBeInTheDocument();
    expect(screen.getByText('Ensure this field has no more than 200 characters.')).toBeInTheDocument();

    await screen.findByRole('option', { name: 'Manga' });
    await user.selectOptions(screen.getByLabelText(/^Category/), 'Manga');
    expect(screen.queryByText('This field is required.')).toBeNull();
    expect(screen.getByText('Ensure this field has no more than 200 characters.')).toBeInTheDocument();
  });

  it('leaves the series’ language unsaid whatever the interface’s', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ count: 0, results: [] }), { headers: { 'Content-Type': 'application/json' } })));
    await i18n.changeLanguage('fr');
    try {
      render(
        <QueryClientProvider client={new QueryClient()}>
          <SuggestionForm initialTitle="Vagabond" onSubmit={vi.fn()} busy={false} error={null} />
        </QueryClientProvider>,
      );
      expect(screen.getByLabelText(/^Langue/)).toHaveValue('');
    } finally {
      await i18n.changeLanguage('en');
    }
  });
});
