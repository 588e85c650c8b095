import { spawn } from 'node:child_process';

export interface ReceiptPrintResult {
  printed: boolean;
  reason?: 'no-printer' | 'printer-error';
}

export interface ReceiptPrinter {
  print(lines: string[]): Promise<ReceiptPrintResult>;
}

/** When no printer is configured the receipt is only shown and spoken; that is not an error. */
export const noReceiptPrinter: ReceiptPrinter = { print: async () => ({ printed: false, reason: 'no-printer' }) };

/**
 * Prints plain-text receipts through CUPS (`lp -d PRINTER`), which every supported Linux
 * desktop ships. Text goes on stdin, never through a shell. A missing or failing printer is
 * reported, never thrown: the villager still has the code on screen.
 */
export function createCupsReceiptPrinter(printerName: string, lpExecutable = 'lp'): ReceiptPrinter {
  return {
    print: (lines) =>
      new Promise((resolve) => {
        const child = spawn(lpExecutable, ['-d', printerName, '-o', 'cpi=12'], { stdio: ['pipe', 'ignore', 'ignore'] });
        child.once('error', () => resolve({ printed: false, reason: 'printer-error' }));
        child.once('exit', (code) => resolve(code === 0 ? { printed: true } : { printed: false, reason: 'printer-error' }));
        child.stdin.end(`${lines.join('\n')}\n\n\n`);
      }),
  };
}
