// Types for the part of `qrcode` (1.5, ships no types) the kiosk uses: the symbol matrix only.
// The kiosk draws the SVG itself (ui/qr-code.tsx), so no canvas and no HTML string are involved.
declare module 'qrcode' {
  export interface QrBitMatrix {
    /** Modules per side. */
    size: number;
    /** Row-major, 1 = dark module. */
    data: Uint8Array;
    get(row: number, col: number): number;
  }
  export interface QrSymbol {
    modules: QrBitMatrix;
    version: number;
  }
  export function create(text: string, options?: { errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H' }): QrSymbol;
}
