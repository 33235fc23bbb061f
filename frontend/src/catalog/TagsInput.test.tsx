import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TagsInput } from './TagsInput';

function Tags({ initial }: { initial: string[] }) {
  const [tags, setTags] = useState(initial);
  return (
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <TagsInput tags={tags} onChange={setTags} />
    </QueryClientProvider>
  );
}

/** The reader's tags: "Murim" on two entries (once written "murim"), "isekai" and "weekly" on one each. */
function stubList() {
  const asked = vi.fn();
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      asked(new URL(request.url).pathname);
      const tags = [
        { name: 'Murim', entries: 2, spellings: ['Murim', 'murim'] },
        { name: 'isekai', entries: 1, spellings: ['isekai'] },
        { name: 'weekly', entries: 1, spellings: ['weekly'] },
      ];
      return new Response(JSON.stringify({ tags }), { status: 200, headers: { 'Content-Type': 'application/json' } });
    }),
  );
  return asked;
}

afterEach(() => vi.unstubAllGlobals());

describe('typing a tag', () => {
  it('offers the reader’s other tags, most used first, once the field is entered', async () => {
    const asked = stubList();
    const { container } = render(<Tags initial={['isekai']} />);
    expect(asked).not.toHaveBeenCalled();

    await userEvent.click(screen.getByLabelText('Tags', { selector: 'input' }));

    await waitFor(() => expect(container.querySelectorAll('datalist option')).toHaveLength(2));
    const offered = [...container.querySelectorAll('datalist option')].map((option) => option.getAttribute('value'));
    expect(offered).toEqual(['Murim', 'weekly']);
    expect(asked).toHaveBeenCalledWith('/api/progress/tags');
    expect(screen.getByLabelText('Tags', { selector: 'input' })).toHaveAttribute('list', container.querySelector('datalist')!.id);
  });

  it('says so when the tag is one the entry has already, whatever its case', async () => {
    stubList();
    render(<Tags initial={['fantasy']} />);

    await userEvent.type(screen.getByLabelText('Tags', { selector: 'input' }), 'Fantasy{Enter}');

    expect(screen.getByRole('status')).toHaveTextContent('“fantasy” is already one of its tags.');
    expect(screen.getAllByRole('button', { name: /Remove the tag/ })).toHaveLength(1);
  });

  it('says when a pasted tag is too long and keeps it whole to be shortened, adding the others', async () => {
    stubList();
    render(<Tags initial={[]} />);
    const field = screen.getByLabelText('Tags', { selector: 'input' });
    const long = 'une-etiquette-extremement-longue-qui-ne-tient-pas-en-cinquante';
    const chips = () => screen.queryAllByRole('button', { name: /Remove the tag/ }).map((button) => button.getAttribute('aria-label'));

    await userEvent.click(field);
    await userEvent.paste(`weekly, ${long}, b`);

    // cut at the 50th character before, "…ne-tient-pas-" added as it was
    expect(field).toHaveValue(`${long}, b`);
    expect(field).toHaveAccessibleDescription(`A tag has 50 characters at most; this one has ${long.length}: shorten it.`);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('button', { name: 'Add tag' })).toBeDisabled();
    expect(chips()).toEqual(['Remove the tag weekly']);

    // shortened to 50 in its middle, it stays text until it is ended: it became a chip at once, cut at the caret
    await userEvent.keyboard(`{Home}${'{ArrowRight}'.repeat(46)}${'{Delete}'.repeat(13)}`);
    expect(field).toHaveValue(`${long.slice(0, 46)}${long.slice(59)}, b`);
    expect(chips()).toEqual(['Remove the tag weekly']);
    expect(field).not.toHaveAttribute('aria-invalid');
    await userEvent.keyboard('{Enter}');
    expect(chips()).toEqual(['Remove the tag weekly', `Remove the tag ${long.slice(0, 46)}${long.slice(59)}`, 'Remove the tag b']);
    expect(field).toHaveValue('');
  });
});

describe('removing a tag', () => {
  it('puts the focus on the chip now in its place, then on the one before, then on the field', async () => {
    stubList();
    render(<Tags initial={['action', 'isekai', 'weekly']} />);

    await userEvent.click(screen.getByRole('button', { name: 'Remove the tag isekai' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Remove the tag weekly' })).toHaveFocus());

    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Remove the tag action' })).toHaveFocus());

    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByLabelText('Tags', { selector: 'input' })).toHaveFocus());
  });
});
