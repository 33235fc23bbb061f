import { lazy, Suspense, type ReactNode } from 'react';
import type { BarChartProps } from '../ui/BarChart';
import { useNearScreen } from './useNearScreen';
import { useUniqueId } from '../ui/useUniqueId';

// the chart library comes in its own file, fetched when a chart first shows
const BarChart = lazy(() => import('../ui/BarChart'));

interface ChartFigureProps extends BarChartProps {
  /** The sentence that sums the chart up, shown under its title and read out with it. */
  caption: ReactNode;
  /** The data as a table for screen readers: its caption and column headings. */
  table: { caption: string; labelHeading: string; valueHeading: string; rows: { label: string; value: string }[] };
}

/** A chart as a figure: the summary as its caption, the chart for the eyes, the data as a table for the ears. */
export function ChartFigure({ caption, table, ...chart }: ChartFigureProps) {
  const id = useUniqueId();
  // drawing a chart is the screen's costliest work on a phone: one further down waits until it is scrolled to
  const area = useNearScreen<HTMLDivElement>();
  return (
    <figure className="chart" aria-labelledby={id}>
      <figcaption id={id}>{caption}</figcaption>
      <div ref={area.ref} className="chart-area" style={{ height: chart.height }}>
        {area.near && (
          <Suspense fallback={null}>
            <BarChart {...chart} />
          </Suspense>
        )}
      </div>
      {/* a table cannot be shrunk to nothing itself: its box hides it */}
      <div className="visually-hidden">
        <table>
          <caption>{table.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{table.labelHeading}</th>
              <th scope="col">{table.valueHeading}</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td>{row.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
