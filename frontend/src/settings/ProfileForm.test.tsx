import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProfileForm } from './ProfileForm';

vi.mock('../session/session', () => ({
  useUser: () => ({ id: 3, username: 'ana', email: 'ana@example.com', bio: '', profile_public: false }),
  useSession: () => ({ reload: async () => undefined }),
}));

/** The form on a data router (as the app's), which lets it ask before the reader leaves, with its profile's page. */
function renderForm() {
  const router = createMemoryRouter([
    { path: '/settings', element: <ProfileForm /> },
    { path: '/u/:username', element: <p>the public profile</p> },
  ], { initialEntries: ['/settings'] });
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

describe('leaving with unsaved changes', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks first, whether a name or the bio changed, and leaves at once when nothing did', async () => {
    const confirm = vi.fn(() => false);
    vi.stubGlobal('confirm', confirm);
    const user = userEvent.setup();
    renderForm();

    await user.type(screen.getByLabelText('First name'), 'Ana');
    await user.click(screen.getByRole('link', { name: 'See my public profile' }));
    await waitFor(() => expect(confirm).toHaveBeenCalledTimes(1));
    expect(screen.getByLabelText('First name')).toHaveValue('Ana');

    await user.clear(screen.getByLabelText('First name'));
    await user.type(screen.getByLabelText('About me'), 'Manga on the train.');
    await user.click(screen.getByRole('link', { name: 'See my public profile' }));
    await waitFor(() => expect(confirm).toHaveBeenCalledTimes(2));

    await user.clear(screen.getByLabelText('About me'));
    await user.click(screen.getByRole('link', { name: 'See my public profile' }));
    expect(await screen.findByText('the public profile')).toBeInTheDocument();
    expect(confirm).toHaveBeenCalledTimes(2);
  });
});

describe('the bio', () => {
  it('counts an emoji as one character, as the server does, up to its 500', async () => {
    renderForm();
    const bio = screen.getByLabelText('About me');
    await userEvent.click(bio);
    await userEvent.paste('📚'.repeat(300));

    expect([...(bio as HTMLTextAreaElement).value]).toHaveLength(300);
    expect(bio).toHaveAccessibleDescription('Shown on your public profile. 200 characters left.');

    await userEvent.paste('📚'.repeat(300));
    expect((bio as HTMLTextAreaElement).value).toBe('📚'.repeat(500));
    expect(bio).toHaveAccessibleDescription('Shown on your public profile. 0 characters left.');

    // full: one more is refused too, though the text kept is the same as before
    await userEvent.type(bio, 'x');
    expect((bio as HTMLTextAreaElement).value).toBe('📚'.repeat(500));
  });
});

describe('the public profile box', () => {
  it('says who sees the profile as the box is ticked, before it is saved', async () => {
    renderForm();
    const box = screen.getByRole('checkbox', { name: 'Public profile' });
    expect(box).toHaveAccessibleDescription('Only you can see your profile.');

    await userEvent.click(box);

    expect(box).toHaveAccessibleDescription(
      'Other readers can see your profile, your statistics and your entries, except the private ones.',
    );
  });
});
