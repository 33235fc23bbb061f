import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import i18n from '../i18n';
import { FileInput } from './FileInput';

function renderField(onChange = vi.fn()) {
  render(
    <>
      <label htmlFor="file">File</label>
      <FileInput id="file" accept=".csv" onChange={onChange} />
    </>,
  );
  return onChange;
}

describe('a file field', () => {
  afterEach(() => i18n.changeLanguage('en'));

  it("says what it holds in the reader's language, not the browser's", async () => {
    await i18n.changeLanguage('fr');
    renderField();
    expect(screen.getByText('Choisir un fichier')).toBeInTheDocument();
    expect(screen.getByText('Aucun fichier choisi')).toBeInTheDocument();
  });

  it("keeps the field's label as its name and shows the chosen file's", async () => {
    const onChange = renderField();
    const input = screen.getByLabelText('File');
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAttribute('accept', '.csv');

    await userEvent.upload(input, new File(['Name\n'], 'my list.csv', { type: 'text/csv' }));

    expect(screen.getByText('my list.csv')).toBeInTheDocument();
    expect(screen.queryByText('No file chosen')).not.toBeInTheDocument();
    expect(onChange).toHaveBeenCalledOnce();
  });
});
