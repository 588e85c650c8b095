import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { BigButton } from './big-button';
import { Dialog } from './dialog';
import { DialogLayerContext, type DialogLayer } from './dialog-layer';

function Harness({ onDismiss = () => {} }: { onDismiss?: () => void }) {
  const [open, setOpen] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  return (
    <>
      <BigButton onClick={() => setOpen(true)}>打开</BigButton>
      {open && (
        <Dialog
          title="确认提交吗？"
          description="提交后不能修改。"
          initialFocus={confirmRef}
          onDismiss={() => {
            onDismiss();
            setOpen(false);
          }}
          actions={
            <>
              <BigButton variant="secondary" onClick={() => setOpen(false)}>
                取消
              </BigButton>
              <BigButton ref={confirmRef} onClick={() => setOpen(false)}>
                提交
              </BigButton>
            </>
          }
        />
      )}
    </>
  );
}

describe('Dialog', () => {
  it('is a labelled modal dialog with focus on the requested button', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: '打开' }));
    const dialog = screen.getByRole('dialog', { name: '确认提交吗？' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.getAttribute('aria-describedby')).toBe(screen.getByText('提交后不能修改。').closest('[id]')?.id);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '提交' }));
  });

  it('keeps Tab inside and gives focus back when it closes', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const opener = screen.getByRole('button', { name: '打开' });
    await user.click(opener);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '取消' }));
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '提交' }));
    await user.click(screen.getByRole('button', { name: '提交' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('Escape dismisses', async () => {
    const user = userEvent.setup();
    const onDismiss = vi.fn();
    render(<Harness onDismiss={onDismiss} />);
    await user.click(screen.getByRole('button', { name: '打开' }));
    await user.keyboard('{Escape}');
    expect(onDismiss).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('renders into the layer the app provides and reports when it is open', async () => {
    const user = userEvent.setup();
    const container = document.createElement('div');
    document.body.append(container);
    const closed = vi.fn();
    const layer: DialogLayer = { container, opened: vi.fn(() => closed) };
    render(
      <DialogLayerContext.Provider value={layer}>
        <Harness />
      </DialogLayerContext.Provider>,
    );
    await user.click(screen.getByRole('button', { name: '打开' }));
    expect(container.querySelector('[role="dialog"]')).not.toBeNull();
    expect(layer.opened).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: '取消' }));
    expect(closed).toHaveBeenCalledTimes(1);
    container.remove();
  });
});
