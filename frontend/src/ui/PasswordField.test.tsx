import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PasswordField } from './Field';

describe('a password field', () => {
  it('hides what is typed until asked, then shows it without losing it, and hides it again', async () => {
    const user = userEvent.setup();
    render(
      <form>
        <PasswordField label="New password" name="new_password" />
      </form>,
    );
    const input = screen.getByLabelText('New password');
    const show = screen.getByRole('button', { name: 'Show the password' });
    await user.type(input, 'tr0ub4dor&3');
    expect(input).toHaveAttribute('type', 'password');
    expect(show).toHaveAttribute('aria-pressed', 'false');

    await user.click(show);
    expect(screen.getByLabelText('New password')).toBe(input);
    expect(input).toHaveAttribute('type', 'text');
    expect(input).toHaveValue('tr0ub4dor&3');
    expect(show).toHaveAttribute('aria-pressed', 'true');
    expect(new FormData(input.closest('form')!).get('new_password')).toBe('tr0ub4dor&3');

    await user.click(show);
    expect(input).toHaveAttribute('type', 'password');
  });
});
