import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import i18n from '../i18n';
import { PreferencesSection } from './PreferencesSection';

vi.mock('../session/session', () => ({
  useUser: () => ({ id: 3, username: 'ana', preferences: { language: null, theme: 'system', time_zone: null } }),
  useSession: () => ({ reload: async () => undefined }),
}));
vi.mock('../preferences/timeZone', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../preferences/timeZone')>()),
  deviceTimeZone: () => 'America/Argentina/Buenos_Aires',
}));

function renderPreferences() {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <PreferencesSection />
    </QueryClientProvider>,
  );
}

describe('the time zone choice', () => {
  afterEach(() => i18n.changeLanguage('en'));

  it.each([
    ['en', 'Time zone', 'As on this device', 'This device: America/Argentina/Buenos Aires.'],
    ['fr', 'Fuseau horaire', 'Comme sur cet appareil', 'Cet appareil\u00a0: America/Argentina/Buenos Aires.'],
  ])('names the device’s zone in its hint, not in the option a phone cuts (%s)', async (language, label, option, hint) => {
    await i18n.changeLanguage(language);
    renderPreferences();
    const select = screen.getByLabelText(label);

    expect(within(select).getByRole('option', { selected: true })).toHaveTextContent(new RegExp(`^${option}$`));
    expect(select).toHaveAccessibleDescription(expect.stringContaining(hint));
  });

  it('groups the zones by part of the world, in the reader’s language, each with its offset from UTC', async () => {
    await i18n.changeLanguage('fr');
    renderPreferences();
    const select = screen.getByLabelText('Fuseau horaire');

    const asia = within(select).getByRole('group', { name: 'Asie' });
    expect(within(asia).getByRole('option', { name: 'Tokyo (UTC+9)' })).toBeInTheDocument();
    const europe = within(select).getByRole('group', { name: 'Europe' });
    expect(within(europe).getByRole('option', { name: /^Paris \(UTC\+[12]\)$/ })).toHaveValue('Europe/Paris');
  });
});
