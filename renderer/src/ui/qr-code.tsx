import { create } from 'qrcode';
import { useMemo } from 'react';

export interface QrCodeProps {
  /** What the code encodes (the receipt puts the bare tracking code in it: scanners type it as-is). */
  value: string;
  /** Accessible name of the picture, e.g. "查询编号二维码：3052 7719". */
  label: string;
  /** Rendered size in CSS px. */
  size?: number;
}

/** Quiet zone of 4 modules on every side, as ISO/IEC 18004 asks, so scanners find the code. */
const QUIET = 4;

/**
 * A QR code drawn locally as one SVG path (no network, no canvas, no HTML string): one
 * `M x y h1 v1 h-1 z` square per dark module, black on white whatever the theme, since
 * scanners need the contrast. Error correction M survives a smudged or creased receipt.
 */
export function QrCode({ value, label, size = 240 }: QrCodeProps) {
  const { path, side } = useMemo(() => {
    const { modules } = create(value, { errorCorrectionLevel: 'M' });
    let d = '';
    for (let row = 0; row < modules.size; row++) {
      for (let col = 0; col < modules.size; col++) {
        if (modules.data[row * modules.size + col]) d += `M${col + QUIET} ${row + QUIET}h1v1h-1z`;
      }
    }
    return { path: d, side: modules.size + 2 * QUIET };
  }, [value]);

  return (
    <svg className="qr-code" role="img" aria-label={label} width={size} height={size} viewBox={`0 0 ${side} ${side}`} shapeRendering="crispEdges">
      <rect width={side} height={side} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
