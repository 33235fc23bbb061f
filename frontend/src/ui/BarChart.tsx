import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip, type ChartConfiguration } from 'chart.js';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useShownScheme } from '../preferences/theme';
import { intlLocale } from './intlLocale';

// only what bars need: the rest of Chart.js stays out of the file
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export interface ChartBar {
  label: string;
  value: number;
}

export interface BarChartProps {
  bars: ChartBar[];
  /** What a bar counts, for the tooltip. */
  valueName: string;
  height: number;
  tone: 'primary' | 'accent';
  /** The label under a bar, when shorter than the one its tooltip shows. */
  tickLabel?: (label: string) => string;
  /** Every bar labelled, for a few short labels: by default Chart.js leaves out those it finds too close. */
  everyLabel?: boolean;
}

/**
 * Bars drawn on a canvas by Chart.js. Callers load it on demand (`lazy`), so that other screens do not carry it.
 * It is decoration for sighted readers: each caller shows the same data as text or as a table for screen
 * readers, hence `aria-hidden` and no accessibility layer here. A canvas takes no style sheet: the theme's
 * colours are read from the page and painted again when the page turns light or dark.
 */
export default function BarChart({ bars, valueName, height, tone, tickLabel, everyLabel }: BarChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const scheme = useShownScheme();
  // the axis's numbers in the app's language ("2 500" in French), not the browser's
  const locale = intlLocale(useTranslation().i18n.language);
  // callers build their bars anew on each render: the chart is drawn again only when what they say changes
  const drawn = JSON.stringify(bars);

  useEffect(() => {
    const element = canvas.current;
    if (!element?.getContext('2d')) {
      return; // no canvas to draw on (a test's document)
    }
    const chart = new Chart(element, configuration(element, { bars, valueName, height, tone, tickLabel, everyLabel }, locale));
    return () => chart.destroy();
  }, [drawn, valueName, height, tone, tickLabel, everyLabel, scheme, locale]);

  return (
    <div className="bar-chart" style={{ position: 'relative', height }} aria-hidden="true">
      <canvas ref={canvas} />
    </div>
  );
}

export function configuration(
  element: HTMLCanvasElement,
  { bars, valueName, tone, tickLabel, everyLabel = false }: BarChartProps,
  locale: string,
): ChartConfiguration<'bar'> {
  const colour = themeColours(element);
  const style = getComputedStyle(element);
  const font = { family: style.fontFamily, size: 12 };
  const shown = (label: string) => (tickLabel ? tickLabel(label) : label);
  // a label's room: its longest, at about 7 px a character in 12 px type, and a gap
  const room = Math.max(0, ...bars.map((bar) => shown(bar.label).length)) * 7 + 16;
  /** Every how many bars a label goes, for the axis's width. */
  const labelStep = (width: number) => Math.max(1, Math.ceil(bars.length / Math.max(1, Math.floor(width / room))));
  return {
    type: 'bar',
    data: {
      labels: bars.map((bar) => bar.label),
      datasets: [{
        label: valueName,
        data: bars.map((bar) => bar.value),
        backgroundColor: colour(tone),
        hoverBackgroundColor: colour(tone),
        borderRadius: { topLeft: 3, topRight: 3 },
        borderSkipped: 'bottom',
        maxBarThickness: 48,
      }],
    },
    options: {
      locale,
      responsive: true,
      maintainAspectRatio: false,
      animation: false, // drawn once, at once: nothing to wait for on a slow phone
      layout: { padding: { top: 8, right: 8 } },
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: {
          grid: { display: false },
          border: { color: colour('border') },
          ticks: {
            color: colour('muted'), font, maxRotation: 0, autoSkip: false,
            callback(index) {
              const label = shown(bars[Number(index)]?.label ?? '');
              // the labels that fit, counted back from the latest bar, which Chart.js's own choice left without one
              return everyLabel || (bars.length - 1 - Number(index)) % labelStep(this.width) === 0 ? label : '';
            },
          },
        },
        y: {
          beginAtZero: true,
          grid: { color: colour('border') },
          border: { display: false },
          ticks: { color: colour('muted'), font, precision: 0, maxTicksLimit: 6 },
        },
      },
      plugins: {
        tooltip: {
          backgroundColor: colour('surface'),
          borderColor: colour('border'),
          borderWidth: 1,
          titleColor: colour('text'),
          bodyColor: colour('text'),
          titleFont: { ...font, weight: 'bold' },
          bodyFont: font,
          displayColors: false,
          cornerRadius: 8,
          padding: 8,
          callbacks: { label: (item) => `${valueName}: ${item.formattedValue}` },
        },
      },
    },
  };
}

/**
 * The page's colours as the canvas must be given them: resolved values, since the style sheet writes them with
 * `light-dark()`, which only an element's computed style turns into the colour shown now.
 */
function themeColours(element: HTMLElement) {
  const probe = document.createElement('span');
  probe.style.display = 'none';
  element.parentElement?.append(probe);
  const resolved = (name: string) => {
    probe.style.color = `var(--${name})`;
    return getComputedStyle(probe).color;
  };
  const colours = Object.fromEntries(['primary', 'accent', 'border', 'muted', 'surface', 'text'].map((name) => [name, resolved(name)]));
  probe.remove();
  return (name: string) => colours[name];
}
