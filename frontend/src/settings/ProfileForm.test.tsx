import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ProfileForm } from './ProfileForm';

vi.mock('../session/session', () => ({
  useUser: () => ({ id: 3, username: 'ana', email: 'ana@example.com', bio: '', profile_public: false }),
  useSession: () => ({ reload: async () => undefined }),
}));

function renderForm() {
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter>
        <ProfileForm />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

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
