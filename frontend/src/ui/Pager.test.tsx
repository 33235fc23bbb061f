import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
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
});
