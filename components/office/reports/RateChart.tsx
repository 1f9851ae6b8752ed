/**
 * A bar per district (the paid rate) with the target as a dashed line: server-rendered SVG, no
 * script. It scales with its box, and the box with the root font size (rem), so elder mode
 * enlarges it; the table beside it holds the same numbers for screen readers and for print.
 */
export type ChartBar = { label: string; rate: number | null; rateText: string };

const WIDTH = 640;
const LABEL_END = 196;
const BAR_START = 206;
const BAR_WIDTH = 360;
const ROW = 40;
const TOP = 36;
const BOTTOM = 30;
const TICKS = [0, 2500, 5000, 7500, 10_000];

const x = (basisPoints: number) => Math.round((BAR_START + (BAR_WIDTH * Math.min(basisPoints, 10_000)) / 10_000) * 10) / 10;

export function RateChart({
  id,
  title,
  description,
  bars,
  target,
  targetLabel,
  tickText,
  noRate,
}: {
  id: string;
  title: string;
  description: string;
  bars: ChartBar[];
  target: number | null;
  targetLabel: string | null;
  tickText: (basisPoints: number) => string;
  noRate: string;
}) {
  const height = TOP + bars.length * ROW + BOTTOM;
  const axis = TOP + bars.length * ROW;
  return (
    <div className="mb-6 overflow-x-auto">
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${WIDTH} ${height}`}
        className="block h-auto w-full min-w-[30rem] max-w-[48rem]"
        fontSize="14"
        data-testid="rate-chart"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {TICKS.map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={TOP - 4} y2={axis} className="stroke-line" strokeWidth="1" strokeOpacity="0.4" />
            <text x={x(tick)} y={axis + 20} textAnchor="middle" className="fill-ink">
              {tickText(tick)}
            </text>
          </g>
        ))}
        {bars.map((bar, i) => {
          const middle = TOP + i * ROW + ROW / 2;
          return (
            <g key={bar.label} data-testid="rate-bar">
              <text x={LABEL_END} y={middle + 5} textAnchor="end" className="fill-ink">
                {bar.label}
              </text>
              {bar.rate === null ? (
                <text x={BAR_START + 4} y={middle + 5} className="fill-ink-soft">
                  {noRate}
                </text>
              ) : (
                <>
                  <rect x={BAR_START} y={middle - 12} width={x(bar.rate) - BAR_START} height="24" className="fill-brand" />
                  <text x={x(bar.rate) + 6} y={middle + 5} className="fill-ink">
                    {bar.rateText}
                  </text>
                </>
              )}
            </g>
          );
        })}
        {target !== null && targetLabel ? (
          <g data-testid="target-line">
            <line x1={x(target)} x2={x(target)} y1={TOP - 10} y2={axis} className="stroke-danger" strokeWidth="2" strokeDasharray="6 4" />
            <text x={x(target)} y={TOP - 16} textAnchor="end" className="fill-danger" fontWeight="bold">
              {targetLabel}
            </text>
          </g>
        ) : null}
        <line x1={BAR_START} x2={BAR_START} y1={TOP - 4} y2={axis} className="stroke-ink" strokeWidth="1.5" />
      </svg>
    </div>
  );
}
