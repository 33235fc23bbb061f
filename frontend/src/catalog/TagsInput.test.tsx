import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { TagsInput } from './TagsInput';

function Tags({ initial }: { initial: string[] }) {
  const [tags, setTags] = useState(initial);
  return <TagsInput tags={tags} onChange={setTags} />;
}

describe('removing a tag', () => {
  it('puts the focus on the chip now in its place, then on the one before, then on the field', async () => {
    render(<Tags initial={['action', 'isekai', 'weekly']} />);

    await userEvent.click(screen.getByRole('button', { name: 'Remove the tag isekai' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Remove the tag weekly' })).toHaveFocus());

    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Remove the tag action' })).toHaveFocus());

    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Tags' })).toHaveFocus());
  });
});
