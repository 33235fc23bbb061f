import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import i18n from '../i18n';
import { ImportColumnsHelp } from './ImportColumnsHelp';

describe('the columns an import reads', () => {
  it('are folded away, and say by which headers each is named once opened', async () => {
    render(<ImportColumnsHelp />);

    const summary = screen.getByText('Which columns are read');
    expect(screen.getByRole('group')).not.toHaveAttribute('open');
    await userEvent.click(summary);

    expect(screen.getByRole('group')).toHaveAttribute('open');
    expect(screen.getByText('Title (required)')).toBeVisible();
    expect(screen.getByText(/separated by commas or semicolons/)).toBeVisible();
  });

  it('in French too', async () => {
    await i18n.changeLanguage('fr');
    try {
      render(<ImportColumnsHelp />);
      expect(screen.getByText('Les colonnes lues')).toBeInTheDocument();
      expect(screen.getByText('Titre (indispensable)')).toBeInTheDocument();
    } finally {
      await i18n.changeLanguage('en');
    }
  });
});
