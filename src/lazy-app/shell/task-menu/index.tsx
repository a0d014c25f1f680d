import { useEffect, useRef, useState } from 'preact/hooks';
import './style.css';

export interface TaskMenuItem {
  id: string;
  label: string;
  onSelect: () => void;
}

interface Props {
  label: string;
  items: TaskMenuItem[];
}

/** The bottom bar with the Task icon at the bottom left: a real menu button, usable by touch, keyboard and screen reader. */
export function TaskMenu({ label, items }: Props) {
  // Closed, or open with focus on its first or last item (ArrowUp on the button opens at the last, as menus do).
  const [open, setOpen] = useState<false | 'first' | 'last'>(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const menuItems = () => [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];

  useEffect(() => {
    if (!open) return;
    const all = menuItems();
    all[open === 'last' ? all.length - 1 : 0]?.focus();
    const closeOnOutside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOnOutside);
    return () => document.removeEventListener('pointerdown', closeOnOutside);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onMenuKey = (event: KeyboardEvent) => {
    const all = menuItems();
    const index = all.indexOf(document.activeElement as HTMLButtonElement);
    const move = (to: number) => all[(to + all.length) % all.length]?.focus();
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(all.length - 1);
    else if (event.key === 'Escape') close();
    // Tab leaves the menu from the Task button, so focus goes on to what follows it rather than nowhere.
    else if (event.key === 'Tab') return close();
    else return;
    event.preventDefault();
  };

  return (
    <nav class="bottom-bar" aria-label={label}>
      <button
        ref={button}
        type="button"
        class="task-button"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={!!open}
        aria-controls={open ? 'task-menu' : undefined}
        onClick={() => setOpen(open ? false : 'first')}
        onKeyDown={(event) => {
          if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(event.key === 'ArrowUp' ? 'last' : 'first');
          }
        }}
      >
        <svg viewBox="0 0 24 24" width="26" height="26" aria-hidden="true">
          <path
            d="M4 6h2v2H4zm4 0h12v2H8zm-4 5h2v2H4zm4 0h12v2H8zm-4 5h2v2H4zm4 0h12v2H8z"
            fill="currentColor"
          />
        </svg>
      </button>
      {open && (
        <ul ref={menu} id="task-menu" role="menu" aria-label={label} class="task-menu" onKeyDown={onMenuKey}>
          {items.map((item) => (
            <li role="none" key={item.id}>
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                data-item={item.id}
                onClick={() => {
                  // Focus goes back to the Task button first, so a dialog the item opens returns it there.
                  close();
                  item.onSelect();
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
