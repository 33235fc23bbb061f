import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ConfirmButton } from './ui/ConfirmButton';

describe('autoFocus as React DOM gives it', () => {
  it('focuses a button that appears after the page has loaded, without writing the attribute', async () => {
    render(
      <ConfirmButton question="Delete Solo Climb?" confirm="Yes, delete" onConfirm={() => {}}>
        Delete
      </ConfirmButton>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    expect(cancel).toHaveFocus();
    expect(cancel).not.toHaveAttribute('autofocus');
  });

  it('focuses once, at mount: a later render leaves the focus where the reader put it, and refs still arrive', async () => {
    let seen: HTMLInputElement | null = null;
    function Form() {
      const [count, setCount] = useState(0);
      const field = useRef<HTMLInputElement>(null);
      seen = field.current;
      return (
        <>
          <input aria-label="Name" autoFocus ref={field} />
          <button type="button" onClick={() => setCount(count + 1)}>
            Pressed {count}
          </button>
        </>
      );
    }
    render(<Form />);
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Pressed 0' }));
    expect(screen.getByRole('button', { name: 'Pressed 1' })).toHaveFocus();
    expect(seen).toBe(screen.getByRole('textbox', { name: 'Name' }));
  });
});
