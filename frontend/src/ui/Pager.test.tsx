import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Pager } from './Pager';

function ThreePages() {
  const [page, setPage] = useState(1);
  return <Pager page={page} count={50} pageSize={20} onPage={setPage} label="Results pages" />;
}

describe('the pager', () => {
  it('keeps the focus on Next once it reaches the last page, and goes no further', async () => {
    const user = userEvent.setup();
    render(<ThreePages />);
    const next = screen.getByRole('button', { name: 'Next' });

    await user.click(next);
    await user.keyboard('{Enter}');
    expect(screen.getByText('Page 3 of 3')).toBeInTheDocument();
    expect(next).toHaveFocus();
    expect(next).toHaveAttribute('aria-disabled', 'true');

    await user.keyboard('{Enter}');
    expect(screen.getByText('Page 3 of 3')).toBeInTheDocument();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Previous' })).toHaveFocus();
  });

  describe('given its list’s heading', () => {
    const scrollIntoView = Element.prototype.scrollIntoView;
    afterEach(() => {
      Element.prototype.scrollIntoView = scrollIntoView;
    });

    it('takes the reader to it on Previous and Next: focused, and brought to the window’s top', async () => {
      const scrolled = vi.fn();
      Element.prototype.scrollIntoView = scrolled;
      function Listed() {
        const [page, setPage] = useState(1);
        return (
          <>
            <h2 id="results" tabIndex={-1}>
              Results
            </h2>
            <Pager page={page} count={50} pageSize={20} onPage={setPage} label="Results pages" heading="results" />
          </>
        );
      }
      const user = userEvent.setup();
      render(<Listed />);

      await user.click(screen.getByRole('button', { name: 'Next' }));
      expect(screen.getByText('Page 2 of 3')).toBeInTheDocument();
      expect(screen.getByRole('heading', { name: 'Results' })).toHaveFocus();
      expect(scrolled).toHaveBeenCalledWith({ block: 'start' });

      await user.click(screen.getByRole('button', { name: 'Previous' }));
      expect(screen.getByText('Page 1 of 3')).toBeInTheDocument();
      expect(scrolled).toHaveBeenCalledTimes(2);
    });
  });
});
