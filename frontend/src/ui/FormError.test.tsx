import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { Field } from './Field';
import { FormError, fieldError } from './FormError';

function ScoreForm({ error }: { error: unknown }) {
  return (
    <form>
      <Field label="Title" name="title" error={fieldError(error, 'title')} />
      <Field label="Score" name="score" error={fieldError(error, 'score')} />
      <FormError error={error} fields={['title', 'score']} />
      <button type="submit">Save</button>
    </form>
  );
}

describe('a failed submission', () => {
  it('takes the focus to the first field the server refused, wherever the form was sent from', () => {
    const { rerender } = render(<ScoreForm error={null} />);
    screen.getByRole('button', { name: 'Save' }).focus();

    rerender(<ScoreForm error={new ApiError(400, { detail: 'Invalid input.', errors: { score: ['Ensure this value is less than or equal to 10.'] } })} />);

    expect(screen.getByRole('textbox', { name: 'Score' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Score' })).toHaveAccessibleDescription('Ensure this value is less than or equal to 10.');
  });

  it('takes the focus to its message when no field is to blame', () => {
    const { rerender } = render(<ScoreForm error={null} />);

    rerender(<ScoreForm error={new TypeError('Failed to fetch')} />);

    expect(screen.getByRole('alert')).toHaveFocus();
  });

  it('leaves the focus alone while nothing failed', () => {
    render(<ScoreForm error={null} />);
    screen.getByRole('button', { name: 'Save' }).focus();

    expect(screen.getByRole('button', { name: 'Save' })).toHaveFocus();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
