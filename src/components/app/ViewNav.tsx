import { viewNames } from '../../content/commonText';
import { useViewStore, VIEWS } from '../../store/viewStore';
import { BilingualText } from '../shared/BilingualText';
import { useShownLanguages } from '../shared/useShownLanguages';
import './ViewNav.css';

/** The header's tabs between the app's views. */
export function ViewNav() {
  const [language] = useShownLanguages();
  const view = useViewStore((state) => state.view);
  const showView = useViewStore((state) => state.showView);
  return (
    <nav className="view-nav" aria-label={viewNames.navigation[language]}>
      {VIEWS.map((option) => (
        <button
          key={option}
          type="button"
          aria-current={option === view ? 'page' : undefined}
          onClick={() => showView(option)}
        >
          <BilingualText text={viewNames[option]} />
        </button>
      ))}
    </nav>
  );
}
