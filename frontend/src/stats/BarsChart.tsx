import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface ChartBar {
  label: string;
  value: number;
}

export interface BarsChartProps {
  bars: ChartBar[];
  /** What a bar counts, for the tooltip. */
  valueName: string;
  height: number;
  tone: 'primary' | 'accent';
}

/**
 * A bar chart drawn by recharts, loaded on demand (see ChartFigure) so that other screens do not carry it. It is
 * decoration for sighted readers: its figure holds the same data as text, hence no accessibility layer here.
 */
export default function BarsChart({ bars, valueName, height, tone }: BarsChartProps) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={bars} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid vertical={false} />
        <XAxis dataKey="label" tickLine={false} interval="preserveStartEnd" minTickGap={16} />
        <YAxis allowDecimals={false} tickLine={false} axisLine={false} width={32} />
        <Tooltip
          cursor={{ fill: 'var(--border)', fillOpacity: 0.5 }}
          contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', borderRadius: 8, color: 'var(--text)' }}
          labelStyle={{ color: 'var(--text)', fontWeight: 600 }}
          itemStyle={{ color: 'var(--text)' }}
        />
        <Bar dataKey="value" name={valueName} className={`bars-${tone}`} radius={[3, 3, 0, 0]} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
