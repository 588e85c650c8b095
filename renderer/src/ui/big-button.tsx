import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';

export interface BigButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'> {
  /** primary: the main action of a screen (filled); secondary: everything else (outlined). */
  variant?: 'primary' | 'secondary';
  /** A decorative icon from ui/icons; the visible text is the button's name. */
  icon?: ReactNode;
  ref?: Ref<HTMLButtonElement>;
}

/**
 * The one button of the kiosk: at least 64×64 CSS px (88 px tall in kiosk.css), text ≥ 24 px,
 * always a real <button type="button"> so it works with touch, keypad and screen readers alike.
 */
export function BigButton({ variant = 'primary', icon, className, children, ref, ...rest }: BigButtonProps) {
  const classes = ['big-button', `big-button--${variant}`, className].filter(Boolean).join(' ');
  return (
    <button type="button" className={classes} ref={ref} {...rest}>
      {icon}
      <span>{children}</span>
    </button>
  );
}
