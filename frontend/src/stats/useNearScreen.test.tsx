import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useNearScreen } from './useNearScreen';

function Probe() {
  const { ref, near } = useNearScreen<HTMLDivElement>();
  return <div ref={ref}>{near ? 'drawn' : 'waiting'}</div>;
}

/** A stand-in for the browser's observer: the test says when the element comes near the screen. */
class FakeObserver {
  static last: FakeObserver | undefined;
  observed: Element[] = [];
  disconnected = false;
  constructor(readonly callback: IntersectionObserverCallback) {
    FakeObserver.last = this;
  }
  observe(element: Element) {
    this.observed.push(element);
  }
  disconnect() {
    this.disconnected = true;
  }
  show(isIntersecting: boolean) {
    const entries = this.observed.map((target) => ({ target, isIntersecting }) as IntersectionObserverEntry);
    this.callback(entries, this as unknown as IntersectionObserver);
  }
}

describe('drawing when near the screen', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeObserver.last = undefined;
  });

  it('waits until the element comes near the screen, then stays drawn and stops watching', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    render(<Probe />);
    expect(screen.getByText('waiting')).toBeInTheDocument();

    act(() => FakeObserver.last!.show(false));
    expect(screen.getByText('waiting')).toBeInTheDocument();

    act(() => FakeObserver.last!.show(true));
    expect(screen.getByText('drawn')).toBeInTheDocument();
    expect(FakeObserver.last!.disconnected).toBe(true);
  });

  it('draws at once where the browser cannot tell', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    render(<Probe />);
    expect(screen.getByText('drawn')).toBeInTheDocument();
  });
});
