import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TagFilter } from './TagFilter';

function stubTags(names: string[]) {
  const tags = names.map((name) => ({ name, entries: 1, spellings: [name] }));
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ tags }), { status: 200, headers: { 'Content-Type': 'application/json' } })));
}

function renderFilter(tag: string, onChange = vi.fn()) {
  const { container } = render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <TagFilter tag={tag} onChange={onChange} />
    </QueryClientProvider>,
  );
  return { container, onChange };
}

afterEach(() => vi.unstubAllGlobals());

describe('the library’s tag picker', () => {
  it('offers every tag of the reader, and picks one or none', async () => {
    stubTags(['Manhwa', 'to buy']);
    const { onChange } = renderFilter('');
    const picker = await screen.findByRole('combobox', { name: 'Tag' });

    expect([...picker.querySelectorAll('option')].map((option) => option.textContent)).toEqual(['Every tag', 'Manhwa', 'to buy']);
    await userEvent.selectOptions(picker, 'to buy');
    expect(onChange).toHaveBeenLastCalledWith('to buy');
    await userEvent.selectOptions(picker, 'Every tag');
    expect(onChange).toHaveBeenLastCalledWith(null);
  });

  it('shows the tag of the address as the list writes it, and one gone meanwhile as it was asked', async () => {
    stubTags(['Manhwa']);
    renderFilter('MANHWA');
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Tag' })).toHaveValue('Manhwa'));
    vi.unstubAllGlobals();

    stubTags(['Manhwa']);
    renderFilter('renamed since');
    await waitFor(() => expect(screen.getAllByRole('combobox', { name: 'Tag' })[1]).toHaveValue('renamed since'));
  });

  it('is not there for a reader who tags nothing', async () => {
    stubTags([]);
    const { container } = renderFilter('');
    await waitFor(() => expect(vi.mocked(fetch)).toHaveBeenCalled());
    expect(container).toBeEmptyDOMElement();
  });
});
