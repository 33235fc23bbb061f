import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { toast } from 'sonner';
import i18n from '../i18n';
import { Toasts } from './Toasts';

describe('toasts', () => {
  afterEach(async () => {
    act(() => toast.dismiss());
    await i18n.changeLanguage('en');
  });

  it('name their region and close buttons in the reader’s language', async () => {
    await i18n.changeLanguage('fr');
    render(<Toasts theme="light" />);
    await screen.findByRole('region', { name: 'Notifications (Alt+T)' });

    act(() => {
      toast('Chapitre 12 lu');
    });

    expect(await screen.findByRole('button', { name: 'Fermer' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Close toast' })).not.toBeInTheDocument();
  });
});
