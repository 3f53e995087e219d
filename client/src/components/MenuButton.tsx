/**
 * A button that opens a menu (the WAI-ARIA menu-button pattern): Enter, Space or Down opens it with the first item
 * focused, arrows/Home/End move, Escape closes and gives the focus back, Tab or a click outside closes it.
 * The top bar's "More" menu and the user menu are this one component.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface MenuItem {
  id: string;
  label: string;
  onSelect(): void;
}

export interface MenuButtonProps {
  /** What the button shows (its accessible name unless `title` says more). */
  label: ReactNode;
  /** The menu's accessible name. */
  menuLabel: string;
  items: MenuItem[];
  /** Shown above the items, not focusable (e.g. who is signed in). */
  header?: ReactNode;
  className?: string;
  buttonClassName?: string;
  title?: string;
  testId?: string;
}

export function MenuButton({
  label,
  menuLabel,
  items,
  header,
  className,
  buttonClassName,
  title,
  testId,
}: MenuButtonProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement | null>(null);
  const menu = useRef<HTMLUListElement | null>(null);

  const entries = () => [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
  const close = (focusButton: boolean) => {
    setOpen(false);
    if (focusButton) button.current?.focus({ preventScroll: true });
  };

  useEffect(() => {
    if (!open) return;
    // Without scrolling: focusing must never move the page sideways.
    entries()[0]?.focus({ preventScroll: true });
    const outside = (e: MouseEvent) => {
      const target = e.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [open]);

  const onMenuKey = (e: KeyboardEvent) => {
    const list = entries();
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const move = (to: number) => {
      e.preventDefault();
      list[(to + list.length) % list.length]?.focus({ preventScroll: true });
    };
    if (e.key === 'ArrowDown') move(at + 1);
    else if (e.key === 'ArrowUp') move(at - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(list.length - 1);
    else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close(true);
    } else if (e.key === 'Tab') close(false);
  };

  return (
    <div className={`menu-button${className ? ` ${className}` : ''}`}>
      <button
        type="button"
        ref={button}
        className={buttonClassName}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        title={title}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault();
            setOpen(true);
          }
        }}
        data-testid={testId}
      >
        {label}
        <span className="menu-caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <ul className="menu-list" role="menu" id={`${id}-menu`} aria-label={menuLabel} ref={menu} onKeyDown={onMenuKey}>
          {header && (
            <li role="presentation" className="menu-header">
              {header}
            </li>
          )}
          {items.map((item) => (
            <li role="presentation" key={item.id}>
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                data-testid={testId ? `${testId}-${item.id}` : undefined}
                onClick={() => {
                  close(false);
                  item.onSelect();
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
