import { classroomText } from '../../content/app/classroom';
import { classroomStore, useClassroomStore } from '../../store/classroom/classroomStore';
import { useShownLanguages } from '../shared/useShownLanguages';
import './BlankScreen.css';

/**
 * The black screen a clicker's blank key (`.` or B) asks for, so the class looks at the teacher.
 * Any key (useClassroomKeys) or a click shows the page again, exactly as it was.
 */
export function BlankScreen() {
  const blanked = useClassroomStore((state) => state.blanked);
  const [language] = useShownLanguages();
  if (!blanked) return null;
  return (
    <div className="blank-screen" role="status" onClick={() => classroomStore.getState().blank(false)}>
      <span className="visually-hidden">{classroomText.blanked[language]}</span>
    </div>
  );
}
