import type { ReactNode } from 'react';

export interface Share {
  key: string;
  label: ReactNode;
  count: number;
}

/**
 * A list of labelled counts, each with a bar as long as its share of the largest: text first, so that it reads the
 * same without the bars (they are decoration).
 */
export function ShareBars({ shares, label, formatCount }: { shares: Share[]; label: string; formatCount(count: number): string }) {
  const largest = Math.max(1, ...shares.map((share) => share.count));
  return (
    <ul className="share-bars" aria-label={label}>
      {shares.map((share) => (
        <li key={share.key}>
          <span className="share-label">{share.label}</span>
          <span className="share-count">{formatCount(share.count)}</span>
          <span className="share-bar" aria-hidden="true">
            <span style={{ width: `${(share.count / largest) * 100}%` }} />
          </span>
        </li>
      ))}
    </ul>
  );
}
