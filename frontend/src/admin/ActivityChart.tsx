import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import BarChart from '../ui/BarChart';
import { intlLocale } from '../ui/intlLocale';
import { formatDay, numberFormat } from '../ui/formats';

export interface Point {
  /** An ISO date: a day, or the first day of a week. */
  label: string;
  count: number;
}

/**
 * Bars of counts by date. Loaded on its own (`React.lazy`) so that the chart library stays out of the main bundle.
 * The figures are also in a table for screen readers, a chart being a picture to them.
 */
export default function ActivityChart({ data, label, unit, dateHeading }: { data: Point[]; label: string; unit: string; dateHeading: string }) {
  const { i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  // under a bar, its day and month as the reader writes them (5 Nov, 5 nov.): the year is in the table
  const dayAndMonth = useCallback((date: string) => formatDay(date, locale, 'short'), [locale]);
  return (
    <>
      <div className="chart">
        <BarChart bars={data.map((point) => ({ label: point.label, value: point.count }))} valueName={unit} height={180}
          tone="primary" tickLabel={dayAndMonth} />
      </div>
      {/* a table cannot be shrunk to nothing itself (at 360 px it widened the page): its box hides it */}
      <div className="visually-hidden">
        <table>
          <caption>{label}</caption>
          <thead>
            <tr>
              <th scope="col">{dateHeading}</th>
              <th scope="col">{unit}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((point) => (
              <tr key={point.label}>
                <th scope="row">{formatDay(point.label, locale, 'long')}</th>
                <td>{numberFormat(locale).format(point.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
