import { useEffect, useRef, useState } from 'react';
import { viewNames } from '../../content/commonText';
import { useViewStore, VIEWS } from '../../store/viewStore';
import { BilingualText } from '../shared/BilingualText';
import { useShownLanguages } from '../shared/useShownLanguages';
import './ViewNav.css';

/** Whether the tab strip has tabs scrolled out of sight before or after what it shows. */
interface Overflow {
  before: boolean;
  after: boolean;
}

/**
 * Follows how far `strip` is scrolled sideways (on a phone the tabs scroll in one line), and
 * scrolls the current tab into the strip's view whenever `current` changes.
 */
function useTabStrip(strip: React.RefObject<HTMLElement | null>, current: string): Overflow {
  const [overflow, setOverflow] = useState<Overflow>({ before: false, after: false });
  useEffect(() => {
    const element = strip.current;
    if (!element) return;
    const update = () => {
      const before = element.scrollLeft > 1;
      const after = element.scrollLeft + element.clientWidth < element.scrollWidth - 1;
      setOverflow((last) => (last.before === before && last.after === after ? last : { before, after }));
    };
    update();
    element.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(update);
    observer?.observe(element);
    return () => {
      element.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
      observer?.disconnect();
    };
  }, [strip]);
  useEffect(() => {
    const element = strip.current;
    const tab = element?.querySelector('[aria-current="page"]');
    if (!element || !tab || element.scrollWidth <= element.clientWidth) return;
    // Only the strip scrolls, never the page: scrollIntoView would also move the window.
    const box = element.getBoundingClientRect();
    const tabBox = tab.getBoundingClientRect();
    // Past the fade at either edge, so the current tab reads whole.
    const fade = 40;
    if (tabBox.left < box.left + fade) element.scrollBy({ left: tabBox.left - (box.left + fade) });
    else if (tabBox.right > box.right - fade) element.scrollBy({ left: tabBox.right - (box.right - fade) });
  }, [strip, current]);
  return overflow;
}

/** The header's tabs between the app's views. */
export function ViewNav() {
  const [language] = useShownLanguages();
  const view = useViewStore((state) => state.view);
  const showView = useViewStore((state) => state.showView);
  const strip = useRef<HTMLElement>(null);
  const overflow = useTabStrip(strip, view);
  return (
    <nav
      ref={strip}
      className="view-nav"
      aria-label={viewNames.navigation[language]}
      data-more-before={overflow.before || undefined}
      data-more-after={overflow.after || undefined}
    >
      {VIEWS.map((option) => (
        <button
          key={option}
          type="button"
          data-view={option}
          aria-current={option === view ? 'page' : undefined}
          onClick={() => showView(option)}
        >
          {/* Side by side, the second language goes under the first, smaller: the tabs keep one row. */}
          <BilingualText text={viewNames[option]} stacked />
        </button>
      ))}
    </nav>
  );
}
