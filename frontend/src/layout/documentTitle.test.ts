import { afterEach, describe, expect, it } from 'vitest';
import { followHeadingInTitle } from './documentTitle';

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the browser tab', () => {
  let stop = () => {};
  afterEach(() => {
    stop();
    document.body.innerHTML = '';
  });

  it('names the screen by its heading, and follows it as it changes', async () => {
    document.body.innerHTML = '<main><p>Loading…</p></main>';
    stop = followHeadingInTitle();
    expect(document.title).toBe('Readtrack');

    document.querySelector('main')!.innerHTML = '<h1>One Piece</h1><h2>Chapters</h2>';
    await settled();
    expect(document.title).toBe('One Piece · Readtrack');

    document.querySelector('h1')!.textContent = 'Mon suivi';
    await settled();
    expect(document.title).toBe('Mon suivi · Readtrack');
  });

  it('leaves headings outside the screen out (a dialog, the shell)', async () => {
    document.body.innerHTML = '<header><h1>Banner</h1></header><main><h2>Section</h2></main>';
    stop = followHeadingInTitle();
    await settled();
    expect(document.title).toBe('Readtrack');
  });
});
