import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toast } from 'sonner';
import i18n from '../i18n';
import { ChaptersPanel } from './ChaptersPanel';

vi.mock('sonner', () => ({ toast: Object.assign(vi.fn(), { success: vi.fn(), error: vi.fn() }) }));

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/**
 * A server that adds a range in one request, all or nothing or leaving out the numbers it has, adds one chapter,
 * deletes a range, and lists them newest first.
 */
function fakeServer(existing: string[] = []) {
  const numbers = [...existing];
  const posted: unknown[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const url = new URL(request.url);
      if (request.method === 'POST' && url.pathname === '/api/chapters/range') {
        const body = (await request.json()) as { content: number; from: number; to: number; skip_existing?: boolean };
        posted.push(body);
        const wanted = Array.from({ length: body.to - body.from + 1 }, (_, index) => String(body.from + index));
        const taken = wanted.filter((number) => numbers.includes(number));
        if (taken.length > 0 && !body.skip_existing) {
          return json(409, { title: 'Conflict', errors: { from: [`This content already has chapter ${taken[0]}; nothing was added.`] } });
        }
        const added = wanted.filter((number) => !taken.includes(number));
        numbers.push(...added);
        return json(201, {
          created: added.length,
          skipped: taken.length,
          chapters: added.map((number) => ({ content: body.content, chapter_number: number })),
        });
      }
      if (request.method === 'POST' && url.pathname === '/api/chapters') {
        const body = (await request.json()) as { content: number; chapter_number: string };
        posted.push(body);
        if (body.chapter_number === '') {
          return json(400, { title: 'Bad Request', status: 400, errors: { chapter_number: ['This field may not be blank.'] } });
        }
        numbers.push(body.chapter_number);
        return json(201, { id: numbers.length, content: body.content, chapter_number: body.chapter_number });
      }
      if (request.method === 'DELETE' && url.pathname === '/api/chapters/range') {
        const [from, to] = ['from', 'to'].map((name) => Number(url.searchParams.get(name)));
        posted.push({ deleted: { content: Number(url.searchParams.get('content')), from, to } });
        const kept = numbers.filter((number) => Number(number) < from || Number(number) > to);
        const deleted = numbers.length - kept.length;
        numbers.splice(0, numbers.length, ...kept);
        return json(200, { deleted });
      }
      const newestFirst = [...numbers].sort((a, b) => Number(b) - Number(a));
      return json(200, {
        count: numbers.length,
        results: newestFirst.map((number) => ({ id: numbers.indexOf(number) + 1, content: 7, chapter_number: number })),
      });
    }),
  );
  return posted;
}

function renderPanel() {
  const queries = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={queries}>
      <ChaptersPanel content={7} />
    </QueryClientProvider>,
  );
}

describe('adding a range of chapters', () => {
  afterEach(async () => {
    vi.unstubAllGlobals();
    await i18n.changeLanguage('en');
  });

  it('sends "1–3" as one range, then lists the chapters', async () => {
    const posted = fakeServer();
    renderPanel();
    await userEvent.type(screen.getByLabelText('Numbers from–to'), '1–3');
    await userEvent.click(screen.getByRole('button', { name: 'Add them' }));

    await screen.findByRole('status');
    expect(screen.getByRole('status')).toHaveTextContent('3 chapters added');
    // ready for the next range, and said once: beside the form, not in a toast over its button too
    expect(screen.getByLabelText('Numbers from–to')).toHaveFocus();
    expect(toast.success).not.toHaveBeenCalled();
    expect(posted).toEqual([{ content: 7, from: 1, to: 3, skip_existing: true }]);
    await waitFor(() => expect(screen.getAllByText(/^Chapter \d$/)).toHaveLength(3));

    // the next range refused here: what was said of the last one goes
    await userEvent.type(screen.getByLabelText('Numbers from–to'), 'abc');
    await userEvent.click(screen.getByRole('button', { name: 'Add them' }));
    expect(screen.queryByText('3 chapters added')).toBeNull();
  });

  it('asks before adding a range longer than a season, which the Enter key does not skip', async () => {
    const posted = fakeServer();
    renderPanel();
    const user = userEvent.setup();
    const range = screen.getByLabelText('Numbers from–to');
    await user.type(range, '301-2000{Enter}');

    const question = screen.getByRole('group', { name: 'Add 1,700 chapters, 301 to 2000?' });
    expect(posted).toEqual([]);
    // the harmless answer first: a second Enter takes the question back
    await user.keyboard('{Enter}');
    expect(question).not.toBeInTheDocument();
    expect(range).toHaveFocus();
    expect(posted).toEqual([]);

    await user.clear(range);
    await user.type(range, '301-501{Enter}');
    await user.click(screen.getByRole('button', { name: 'Yes, add them' }));
    expect(await screen.findByRole('status')).toHaveTextContent('201 chapters added');
    expect(posted).toEqual([{ content: 7, from: 301, to: 501, skip_existing: true }]);
    // 200 at most go without a question
    // (user-event keeps the value it typed through the form's reset)
    await user.clear(range);
    await user.type(range, '502-701{Enter}');
    await waitFor(() => expect(posted).toHaveLength(2));
  });

  it('gives every chapter of the range the release date typed', async () => {
    const posted = fakeServer();
    renderPanel();
    const range = screen.getByRole('form', { name: 'Add several chapters' });
    await userEvent.type(within(range).getByLabelText('Numbers from–to'), '4-5');
    await userEvent.type(within(range).getByLabelText('Release date'), '2026-11-30');
    await userEvent.click(within(range).getByRole('button', { name: 'Add them' }));

    await screen.findByRole('status');
    expect(posted).toEqual([{ content: 7, from: 4, to: 5, skip_existing: true, release_date: '2026-11-30' }]);
  });

  it('adds only the numbers the content does not have, and says the others were there', async () => {
    const posted = fakeServer(['1', '2', '3']);
    renderPanel();
    // the range that follows the list is offered
    const input = await screen.findByPlaceholderText('4–13');
    await userEvent.type(input, '1-5');
    await userEvent.click(screen.getByRole('button', { name: 'Add them' }));

    expect(await screen.findByRole('status')).toHaveTextContent('2 chapters added; the others were already there');
    expect(posted).toEqual([{ content: 7, from: 1, to: 5, skip_existing: true }]);
    await waitFor(() => expect(screen.getAllByText(/^Chapter \d$/)).toHaveLength(5));
  });

  it('says what is wrong with a range before sending it, on the field, which takes the focus', async () => {
    const posted = fakeServer([]);
    renderPanel();
    const input = screen.getByLabelText('Numbers from–to');
    await userEvent.type(input, '30-25');
    await userEvent.click(screen.getByRole('button', { name: 'Add them' }));

    expect(input).toHaveAccessibleDescription(/The first number must not be above the last\./);
    expect(input).toHaveFocus();
    expect(posted).toEqual([]);
  });

  it("all or nothing when asked: shows the server's refusal beside the range, and nothing is added", async () => {
    const posted = fakeServer(['3']);
    renderPanel();
    const input = screen.getByLabelText('Numbers from–to');
    await userEvent.type(input, '1-5');
    await userEvent.click(screen.getByLabelText('Leave out the numbers already there'));
    await userEvent.click(screen.getByRole('button', { name: 'Add them' }));

    await waitFor(() => expect(input).toHaveAccessibleDescription(/already has chapter 3; nothing was added/));
    expect(posted).toEqual([{ content: 7, from: 1, to: 5, skip_existing: false }]);
    expect(screen.getAllByText(/^Chapter \d$/)).toHaveLength(1);
  });

  it('says what is wrong with the range without asking the server', async () => {
    const posted = fakeServer();
    renderPanel();
    const input = screen.getByLabelText('Numbers from–to');
    await userEvent.type(input, '10-2');
    await userEvent.click(screen.getByRole('button', { name: 'Add them' }));

    expect(input).toHaveAccessibleDescription(/The first number must not be above the last/);
    expect(posted).toEqual([]);
  });

  it.each([
    ['en', 'At most 2,000 chapters at a time.'],
    ['fr', '2\u202f000 chapitres au plus à la fois.'],
  ])('states the real limit of a range (%s), and sends nothing over it', async (language, message) => {
    await i18n.changeLanguage(language);
    const posted = fakeServer();
    renderPanel();
    const input = screen.getByLabelText(language === 'en' ? 'Numbers from–to' : 'Plage de numéros');
    await userEvent.type(input, '1-2001');
    await userEvent.click(screen.getByRole('button', { name: language === 'en' ? 'Add them' : 'Les ajouter' }));

    expect(input).toHaveAccessibleDescription(new RegExp(message));
    expect(posted).toEqual([]);
  });
});

describe('adding one chapter', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('forgets its refusal once a range is added, and the range form what it said once a chapter is added', async () => {
    fakeServer(['1']);
    renderPanel();
    const one = screen.getByRole('form', { name: 'Add a chapter' });
    const number = within(one).getByLabelText('Number');
    await waitFor(() => expect(number).toHaveValue('2'));
    await userEvent.clear(number);
    await userEvent.click(within(one).getByRole('button', { name: 'Add the chapter' }));
    expect(await within(one).findByText('This field may not be blank.')).toBeVisible();
    // the refused field takes the focus (FormError): only then is the range typed
    await waitFor(() => expect(number).toHaveFocus());

    const range = screen.getByRole('form', { name: 'Add several chapters' });
    const numbers = within(range).getByLabelText('Numbers from–to');
    await userEvent.type(numbers, '2-4');
    await waitFor(() => expect(numbers).toHaveValue('2-4'));
    await userEvent.click(within(range).getByRole('button', { name: 'Add them' }));
    expect(await within(range).findByRole('status')).toHaveTextContent('chapters added');
    expect(within(one).queryByText('This field may not be blank.')).toBeNull();

    await userEvent.type(number, '5');
    await userEvent.click(within(one).getByRole('button', { name: 'Add the chapter' }));
    await waitFor(() => expect(within(range).queryByRole('status')).toBeNull());
  });

  it('starts from the number after the newest, and moves on to the next once it is added', async () => {
    const posted = fakeServer(['1', '2', '120.5', '120']);
    renderPanel();
    const form = screen.getByRole('form', { name: 'Add a chapter' });
    const number = within(form).getByLabelText('Number');
    await waitFor(() => expect(number).toHaveValue('121'));

    await userEvent.click(within(form).getByRole('button', { name: 'Add the chapter' }));

    await waitFor(() => expect(number).toHaveValue('122'));
    expect(posted).toEqual([{ content: 7, chapter_number: '121', title: '' }]);
    expect(number).toHaveFocus();
  });

  it('keeps what the administrator typed', async () => {
    const posted = fakeServer(['1']);
    renderPanel();
    const number = within(screen.getByRole('form', { name: 'Add a chapter' })).getByLabelText('Number');
    await waitFor(() => expect(number).toHaveValue('2'));
    await userEvent.clear(number);
    await userEvent.type(number, 'Extra');
    await userEvent.click(screen.getByRole('button', { name: 'Add the chapter' }));

    await waitFor(() => expect(posted).toEqual([{ content: 7, chapter_number: 'Extra', title: '' }]));
  });
});

/** A server with chapters 1 to `total`, a page of `page_size` at a time; a page past the end is 404 "Invalid page.". */
function pagedServer(total: number) {
  let numbers = Array.from({ length: total }, (_, index) => index + 1);
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const url = new URL(request.url);
      if (request.method === 'DELETE') {
        const id = Number(url.pathname.split('/').filter(Boolean).pop());
        numbers = numbers.filter((number) => number !== id);
        return new Response(null, { status: 204 });
      }
      const page = Number(url.searchParams.get('page') ?? 1);
      const size = Number(url.searchParams.get('page_size') ?? 20);
      if (page > 1 && (page - 1) * size >= numbers.length) {
        return json(404, { title: 'Not Found', status: 404, detail: 'Invalid page.' });
      }
      const shown = numbers.slice((page - 1) * size, page * size);
      return json(200, {
        count: numbers.length,
        next: page * size < numbers.length ? `/api/chapters?page=${page + 1}` : null,
        previous: page > 1 ? `/api/chapters?page=${page - 1}` : null,
        results: shown.map((number) => ({ id: number, content: 7, chapter_number: String(number) })),
      });
    }),
  );
}

describe('deleting a range of chapters', () => {
  afterEach(() => vi.unstubAllGlobals());

  async function openForm(user: ReturnType<typeof userEvent.setup>) {
    await user.click(await screen.findByRole('button', { name: 'Delete several chapters…' }));
    const form = screen.getByRole('form', { name: 'Delete several chapters' });
    return { form, range: within(form).getByLabelText('Numbers from–to') };
  }

  it('asks first, then deletes the range in one request, says how many went and lists what is left', async () => {
    const posted = fakeServer(['1', '2', '3', '4', '5', '6']);
    renderPanel();
    const user = userEvent.setup();
    await screen.findByText('Chapter 6');
    const { form, range } = await openForm(user);
    expect(range).toHaveFocus();

    await user.type(range, '3-2000{Enter}');
    // the harmless answer has the focus: a second Enter takes the question back, and nothing is sent
    expect(within(form).getByRole('group', { name: 'Delete chapters 3 to 2000? This cannot be undone.' })).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(within(form).queryByRole('group')).not.toBeInTheDocument();
    expect(range).toHaveFocus();
    expect(posted).toEqual([]);

    await user.keyboard('{Enter}');
    await user.click(within(form).getByRole('button', { name: 'Yes, delete them' }));
    expect(await within(form).findByRole('status')).toHaveTextContent('4 chapters deleted, numbered 3 to 2000');
    // longer than the 2,000 a range may add: taking back a typo's thousand is what the form is for
    expect(posted).toEqual([{ deleted: { content: 7, from: 3, to: 2000 } }]);
    await waitFor(() => expect(screen.queryByText('Chapter 3')).not.toBeInTheDocument());
    expect(screen.getByText('Chapter 2')).toBeInTheDocument();
    expect(range).toHaveFocus();
    expect(range).toHaveValue('');
  });

  it('says when no chapter has these numbers, or this number', async () => {
    fakeServer(['1', '2']);
    renderPanel();
    const user = userEvent.setup();
    const { form, range } = await openForm(user);
    await user.type(range, '50 to 60{Enter}');
    await user.click(within(form).getByRole('button', { name: 'Yes, delete them' }));
    expect(await within(form).findByRole('status')).toHaveTextContent('No chapter is numbered 50 to 60: nothing was deleted.');

    // kept, to correct a typo in place
    expect(range).toHaveValue('50 to 60');
    await user.clear(range);
    await user.type(range, '7{Enter}');
    // one number is one chapter, not "chapters 7 to 7"
    expect(within(form).getByRole('group', { name: 'Delete chapter 7? This cannot be undone.' })).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Yes, delete it' }));
    expect(await within(form).findByRole('status')).toHaveTextContent('No chapter is numbered 7: nothing was deleted.');
  });

  it('says what is wrong with a range before asking, on the field, which keeps the focus', async () => {
    const posted = fakeServer(['1', '2']);
    renderPanel();
    const user = userEvent.setup();
    const { form, range } = await openForm(user);
    await user.type(range, '10-2{Enter}');
    expect(range).toHaveAccessibleDescription(expect.stringContaining('The first number must not be above the last.'));
    expect(range).toHaveFocus();
    expect(within(form).queryByRole('group')).not.toBeInTheDocument();
    expect(posted).toEqual([]);
  });

  it('closes on Close or Escape, giving the focus back to the button that opened it', async () => {
    fakeServer(['1']);
    renderPanel();
    const user = userEvent.setup();
    const { form } = await openForm(user);
    await user.click(within(form).getByRole('button', { name: 'Close' }));
    expect(form).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete several chapters…' })).toHaveFocus();

    const reopened = await openForm(user);
    await user.type(reopened.range, '1{Enter}');
    // Escape takes the question back first, then closes the form
    await user.keyboard('{Escape}');
    expect(within(reopened.form).queryByRole('group')).not.toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(reopened.form).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete several chapters…' })).toHaveFocus();
  });
});

describe('deleting a chapter', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('goes back to the new last page when the last page loses its only chapter', async () => {
    pagedServer(601);
    renderPanel();
    const pages = await screen.findByRole('navigation', { name: 'Pages of chapters' });
    for (let page = 2; page <= 7; page++) {
      await userEvent.click(within(pages).getByRole('button', { name: 'Next' }));
      await within(pages).findByText(`Page ${page} of 7`);
    }
    await screen.findByText('Chapter 601');

    await userEvent.click(screen.getByRole('button', { name: 'Delete chapter 601' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, delete' }));

    await screen.findByText('Chapter 600');
    expect(screen.queryByText('Chapter 601')).not.toBeInTheDocument();
    // the page kept from before shows at once, then its count as read again
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: /^Chapters/ })).toHaveTextContent('Chapters (600)'));
    expect(screen.getByRole('navigation', { name: 'Pages of chapters' })).toHaveTextContent('Page 6 of 6');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // seven pages of a hundred rows walked through: seconds on a busy host
  }, 20_000);
});

describe('the pages of chapters', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('hold 100 chapters on a wider screen, and 25 on a phone, where each is a row of its own', async () => {
    pagedServer(120);
    renderPanel();
    expect(await screen.findByRole('navigation', { name: 'Pages of chapters' })).toHaveTextContent('Page 1 of 2');
    cleanup();

    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query === '(max-width: 639px)',
      addEventListener: () => {},
      removeEventListener: () => {},
    }));
    renderPanel();
    expect(await screen.findByRole('navigation', { name: 'Pages of chapters' })).toHaveTextContent('Page 1 of 5');
    expect(within(screen.getByRole('list', { name: 'Chapters' })).getAllByRole('listitem')).toHaveLength(25);
  });
});

describe('finding and correcting a chapter', () => {
  afterEach(() => vi.unstubAllGlobals());

  /** One chapter, 12, released on 1 March; a PATCH that takes 13 is refused as a number the content has. */
  function serverWithChapter12() {
    const requests: { method: string; url: URL; body?: unknown }[] = [];
    let chapter = { id: 1, content: 7, chapter_number: '12', title: 'The Gate', release_date: '2026-03-01' as string | null };
    vi.stubGlobal(
      'fetch',
      vi.fn(async (request: Request) => {
        const url = new URL(request.url);
        const body = request.method === 'PATCH' ? ((await request.json()) as Record<string, unknown>) : undefined;
        requests.push({ method: request.method, url, body });
        if (request.method === 'PATCH') {
          if (body?.chapter_number === '13') {
            return json(400, { title: 'Bad Request', status: 400, errors: { chapter_number: ['This content already has chapter 13.'] } });
          }
          chapter = { ...chapter, ...(body as Partial<typeof chapter>) };
          return json(200, chapter);
        }
        const search = url.searchParams.get('search')?.toLowerCase();
        const found = !search || chapter.chapter_number.includes(search) || chapter.title.toLowerCase().includes(search);
        return json(200, { count: found ? 1 : 0, results: found ? [chapter] : [] });
      }),
    );
    return requests;
  }

  it('edits a chapter in place: a number already taken is refused beside its field, an emptied date is cleared', async () => {
    const requests = serverWithChapter12();
    renderPanel();
    const edit = await screen.findByRole('button', { name: 'Edit chapter 12' });
    await userEvent.click(edit);
    const form = screen.getByRole('form', { name: 'Edit chapter 12' });
    const number = within(form).getByLabelText(/^Number/);
    expect(number).toHaveFocus();

    await userEvent.clear(number);
    await userEvent.type(number, '13');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByText('This content already has chapter 13.')).toBeVisible();

    await userEvent.clear(number);
    await userEvent.type(number, '12.5');
    await userEvent.clear(within(form).getByLabelText('Release date'));
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit chapter 12' })).not.toBeInTheDocument());
    expect(requests.filter((request) => request.method === 'PATCH').map((request) => request.body)).toEqual([
      { chapter_number: '13', title: 'The Gate', release_date: '2026-03-01' },
      { chapter_number: '12.5', title: 'The Gate', release_date: null },
    ]);
    expect(await screen.findByRole('button', { name: 'Edit chapter 12.5' })).toBeInTheDocument();
  });

  it('a chapter saved under a number the search no longer finds leaves the focus on the list\'s heading', async () => {
    serverWithChapter12();
    renderPanel();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search the chapters' }), '12');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit chapter 12' })).toBeInTheDocument());
    await userEvent.click(screen.getByRole('button', { name: 'Edit chapter 12' }));
    const number = within(screen.getByRole('form', { name: 'Edit chapter 12' })).getByLabelText(/^Number/);
    await userEvent.clear(number);
    await userEvent.type(number, '99{Enter}');

    await waitFor(() => expect(screen.getByRole('heading', { name: /^Chapters/ })).toHaveFocus());
    expect(screen.queryByRole('listitem')).not.toBeInTheDocument();
  });

  it('Escape leaves the chapter as it was and gives the focus back to Edit', async () => {
    const requests = serverWithChapter12();
    renderPanel();
    await userEvent.click(await screen.findByRole('button', { name: 'Edit chapter 12' }));
    await userEvent.type(within(screen.getByRole('form', { name: 'Edit chapter 12' })).getByLabelText(/^Number/), '9');
    await userEvent.keyboard('{Escape}');

    expect(screen.getByRole('button', { name: 'Edit chapter 12' })).toHaveFocus();
    expect(requests.some((request) => request.method === 'PATCH')).toBe(false);
  });

  it('keeps the "·" before a title with the chapter number, so that a long title never starts a line with it', async () => {
    serverWithChapter12();
    renderPanel();
    await screen.findByRole('button', { name: 'Edit chapter 12' });

    // one run of text, broken between words only: the no-break space binds "·" to "12"
    const line = screen.getByText((_, element) => element?.textContent === 'Chapter 12\u00a0· The Gate');
    expect(line.tagName).toBe('SPAN');
  });

  it('searches the chapters by number or title', async () => {
    const requests = serverWithChapter12();
    renderPanel();
    await screen.findByRole('button', { name: 'Edit chapter 12' });
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search the chapters' }), 'gate');

    await waitFor(() => expect(requests.at(-1)?.url.searchParams.get('search')).toBe('gate'));
    expect(requests.at(-1)?.url.searchParams.get('content')).toBe('7');
    expect(requests.at(-1)?.url.searchParams.get('page')).toBe('1');
  });
});
