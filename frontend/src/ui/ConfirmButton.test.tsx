import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmButton } from './ConfirmButton';

function renderButton(onConfirm = vi.fn()) {
  render(
    <>
      <ConfirmButton question="Delete bob and their list?" confirm="Yes, delete" onConfirm={onConfirm}>
        Delete
      </ConfirmButton>
      <button type="button">Elsewhere</button>
    </>,
  );
  return onConfirm;
}

describe('a confirmed action', () => {
  it('asks first, then does it', async () => {
    const onConfirm = renderButton();
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(screen.getByRole('group', { name: 'Delete bob and their list?' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Yes, delete' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  it('puts the focus on Cancel, so that Enter pressed twice deletes nothing', async () => {
    const onConfirm = renderButton();
    screen.getByRole('button', { name: 'Delete' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Delete' })).toHaveFocus();

    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}{Enter}');
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  it('takes the question back on Escape, with the focus back on the first button', async () => {
    const onConfirm = renderButton();
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete' })).toHaveFocus();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('takes the question back when the focus moves on elsewhere', async () => {
    const onConfirm = renderButton();
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await userEvent.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('asks nothing when the check finds it cannot be done, and asks all the same when the check fails', async () => {
    const onConfirm = vi.fn();
    const { rerender } = render(
      <ConfirmButton question="Delete Action?" confirm="Yes, delete" onConfirm={onConfirm} check={async () => false}>
        Delete
      </ConfirmButton>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete' })).toHaveFocus();

    rerender(
      <ConfirmButton question="Delete Action?" confirm="Yes, delete" onConfirm={onConfirm} check={() => Promise.reject(new Error('offline'))}>
        Delete
      </ConfirmButton>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByRole('group', { name: 'Delete Action?' })).toBeInTheDocument();
    expect(onConfirm).not.toHaveBeenCalled();
  });
});
