import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CategoriesPanel } from './CategoriesPanel';

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** One category, Action; records the methods of the requests sent. */
function fakeServer() {
  const methods: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      methods.push(request.method);
      return json(200, { count: 1, next: null, previous: null, results: [{ id: 1, name: 'Action' }] });
    }),
  );
  return methods;
}

function renderPanel() {
  const queries = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={queries}>
      <CategoriesPanel />
    </QueryClientProvider>,
  );
}

describe('renaming a category in place', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is cancelled by Escape, with the focus back on Rename and nothing sent', async () => {
    const methods = fakeServer();
    renderPanel();
    await userEvent.click(await screen.findByRole('button', { name: 'Rename Action' }));
    const name = screen.getByRole('textbox', { name: 'Rename Action' });
    expect(name).toHaveFocus();
    await userEvent.type(name, ' and adventure');

    await userEvent.keyboard('{Escape}');

    expect(screen.queryByRole('textbox', { name: 'Rename Action' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rename Action' })).toHaveFocus();
    expect(screen.getByText('Action')).toBeInTheDocument();
    expect(methods).not.toContain('PATCH');
  });

  it('keeps Save and Cancel together, so that Cancel never drops alone under Save', async () => {
    fakeServer();
    renderPanel();
    await userEvent.click(await screen.findByRole('button', { name: 'Rename Action' }));

    const save = screen.getByRole('button', { name: 'Save' });
    expect(save.parentElement).toHaveClass('inline-actions');
    expect(save.parentElement).toContainElement(screen.getByRole('button', { name: 'Cancel' }));
  });

  it('is cancelled by Cancel, with the focus back on Rename', async () => {
    fakeServer();
    renderPanel();
    await userEvent.click(await screen.findByRole('button', { name: 'Rename Action' }));
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('textbox', { name: 'Rename Action' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rename Action' })).toHaveFocus();
  });

  it('once saved, closes with the new name shown and the focus back on its Rename', async () => {
    let name = 'Action';
    const sent: unknown[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (request: Request) => {
        if (request.method === 'PATCH') {
          const body = (await request.json()) as { name: string };
          sent.push(body);
          name = body.name;
          return json(200, { id: 1, name });
        }
        return json(200, { count: 1, next: null, previous: null, results: [{ id: 1, name }] });
      }),
    );
    renderPanel();
    await userEvent.click(await screen.findByRole('button', { name: 'Rename Action' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Rename Action' }), ' and adventure{Enter}');

    expect(await screen.findByRole('button', { name: 'Rename Action and adventure' })).toHaveFocus();
    expect(screen.queryByRole('textbox', { name: /^Rename/ })).not.toBeInTheDocument();
    expect(sent).toEqual([{ name: 'Action and adventure' }]);
  });
});

describe('deleting a category', () => {
  afterEach(() => vi.unstubAllGlobals());

  /** Action, holding `contents` contents; DELETE answers `deleteStatus`. Records the requests sent. */
  function server(contents: number, deleteStatus = 204) {
    const sent: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (request: Request) => {
        const url = new URL(request.url);
        sent.push(`${request.method} ${url.pathname}${url.search}`);
        if (request.method === 'DELETE') {
          return deleteStatus === 204
            ? new Response(null, { status: 204 })
            : json(409, { status: 409, detail: 'This category still has 1 content; delete or move it first.' });
        }
        if (url.pathname === '/api/contents') {
          return json(200, { count: contents, next: null, previous: null, results: [] });
        }
        return json(200, { count: 1, next: null, previous: null, results: [{ id: 1, name: 'Action' }] });
      }),
    );
    return sent;
  }

  it('says how many contents a category still holds, and asks nothing it would refuse', async () => {
    const sent = server(3);
    renderPanel();
    await userEvent.click(await screen.findByRole('button', { name: 'Delete Action' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“Action” still holds 3 series: move them to other categories or delete them first, then delete the category.',
    );
    expect(screen.queryByRole('button', { name: 'Yes, delete' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete Action' })).toHaveFocus();
    expect(sent).toContain('GET /api/contents?feature_category=1&page_size=1');
    expect(sent.filter((request) => request.startsWith('DELETE'))).toEqual([]);
  });

  it('asks first when the category is empty, then deletes it', async () => {
    const sent = server(0);
    renderPanel();
    await userEvent.click(await screen.findByRole('button', { name: 'Delete Action' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Yes, delete' }));

    await vi.waitFor(() => expect(sent).toContain('DELETE /api/categories/1'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('still says why when a content arrived between the question and the answer', async () => {
    server(0, 409);
    renderPanel();
    await userEvent.click(await screen.findByRole('button', { name: 'Delete Action' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Yes, delete' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('This category still has 1 series; delete or move it first.');
  });
});

describe('adding a category', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('keeps the focus on Add while the category is being added, and after', async () => {
    let answer: (response: Response) => void = () => {};
    const posts: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (request: Request) => {
        if (request.method === 'POST') {
          posts.push(((await request.json()) as { name: string }).name);
          return new Promise<Response>((resolve) => (answer = resolve));
        }
        return json(200, { count: 1, next: null, previous: null, results: [{ id: 1, name: 'Action' }] });
      }),
    );
    renderPanel();
    await userEvent.type(screen.getByRole('textbox', { name: 'New category' }), 'Drama');
    await userEvent.tab();
    const add = screen.getByRole('button', { name: 'Add' });
    expect(add).toHaveFocus();

    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(posts).toEqual(['Drama']));
    expect(add).toHaveAttribute('aria-disabled', 'true');
    expect(add).toHaveFocus();
    // pressed again while busy: not sent twice
    await userEvent.keyboard('{Enter}');
    expect(posts).toEqual(['Drama']);

    answer(json(201, { id: 2, name: 'Drama' }));
    await vi.waitFor(() => expect(add).toHaveAttribute('aria-disabled', 'false'));
    expect(add).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'New category' })).toHaveValue('');
  });
});

describe('a category that cannot be deleted', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is said to be so only until something else is done in the panel', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (request: Request) => {
        const url = new URL(request.url);
        if (url.pathname === '/api/contents') {
          return json(200, { count: url.searchParams.get('feature_category') === '1' ? 14 : 0, next: null, previous: null, results: [] });
        }
        return json(200, { count: 2, next: null, previous: null, results: [{ id: 1, name: 'Manga' }, { id: 2, name: 'Novel' }] });
      }),
    );
    renderPanel();
    await userEvent.click(await screen.findByRole('button', { name: 'Delete Manga' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('“Manga” still holds 14 series');

    await userEvent.click(screen.getByRole('button', { name: 'Rename Novel' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await userEvent.keyboard('{Escape}');

    await userEvent.click(screen.getByRole('button', { name: 'Delete Manga' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('“Manga” still holds 14 series');
    await userEvent.click(screen.getByRole('button', { name: 'Delete Novel' }));
    expect(await screen.findByRole('button', { name: 'Yes, delete' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
