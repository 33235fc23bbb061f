import BarChart from '../ui/BarChart';

export interface Point {
  /** An ISO date: a day, or the first day of a week. */
  label: string;
  count: number;
}

/** Under a bar, the month and day of its date: the year is in the tooltip and the table. */
const monthAndDay = (date: string) => date.slice(5);

/**
 * Bars of counts by date. Loaded on its own (`React.lazy`) so that the chart library stays out of the main bundle.
 * The figures are also in a table for screen readers, a chart being a picture to them.
 */
export default function ActivityChart({ data, label, unit }: { data: Point[]; label: string; unit: string }) {
  return (
    <>
      <div className="chart">
        <BarChart bars={data.map((point) => ({ label: point.label, value: point.count }))} valueName={unit} height={180}
          tone="primary" tickLabel={monthAndDay} />
      </div>
      <table className="visually-hidden">
        <caption>{label}</caption>
        <tbody>
          {data.map((point) => (
            <tr key={point.label}>
              <th scope="row">{point.label}</th>
              <td>{point.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
