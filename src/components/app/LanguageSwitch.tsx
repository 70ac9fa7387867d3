import { LANGUAGE_NAMES, LANGUAGE_TAGS, LANGUAGES } from '../../content/bilingual';
import { shellText } from '../../content/app/shell';
import { useLanguageStore } from '../../store/languageStore';
import { BilingualText } from '../shared/BilingualText';
import './LanguageSwitch.css';

/**
 * The language buttons and the side-by-side toggle. Each language is named in itself, so a
 * reader who cannot read the current language still finds their own. A language button shows
 * that language alone; the toggle adds the other language after the current one.
 */
export function LanguageSwitch() {
  const language = useLanguageStore((state) => state.language);
  const sideBySide = useLanguageStore((state) => state.sideBySide);
  const chooseLanguage = useLanguageStore((state) => state.chooseLanguage);
  const showSideBySide = useLanguageStore((state) => state.showSideBySide);
  return (
    <div className="language-switch">
      <div role="group" aria-label={shellText.languageGroup[language]} className="language-choice">
        {LANGUAGES.map((option) => (
          <button
            key={option}
            type="button"
            className="action-button"
            lang={LANGUAGE_TAGS[option]}
            // Pressed while the page shows this language alone; side by side, the toggle is the one pressed.
            aria-pressed={option === language && !sideBySide}
            onClick={() => chooseLanguage(option)}
          >
            {LANGUAGE_NAMES[option]}
          </button>
        ))}
      </div>
      <button
        type="button"
        className="action-button side-by-side-toggle"
        aria-pressed={sideBySide}
        onClick={() => showSideBySide(!sideBySide)}
      >
        <BilingualText text={shellText.sideBySide} stacked />
      </button>
    </div>
  );
}
