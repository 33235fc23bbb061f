import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface Point {
  /** An ISO date: a day, or the first day of a week. */
  label: string;
  count: number;
}

/**
 * Bars of counts by date. Loaded on its own (`React.lazy`) so that recharts stays out of the main bundle. The figures
 * are also in a table for screen readers, a chart being a picture to them.
 */
export default function ActivityChart({ data, label, unit }: { data: Point[]; label: string; unit: string }) {
  const short = (date: string) => date.slice(5);
  return (
    <>
      <div className="chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height={180}>
          <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 0, left: -20 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="var(--border)" />
            <XAxis dataKey="label" tickFormatter={short} tick={{ fontSize: 11, fill: 'var(--muted)' }} minTickGap={12} />
            <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: 'var(--muted)' }} />
            <Tooltip formatter={(value) => [String(value), unit]} contentStyle={{ background: 'var(--surface)', color: 'var(--text)' }} />
            <Bar dataKey="count" fill="var(--primary)" radius={[3, 3, 0, 0]} />
          </BarChart>
        </ResponsiveContainer>
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
