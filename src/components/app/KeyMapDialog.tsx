import { useId, useRef } from 'react';
import { classroomText, keyMapRows } from '../../content/app/classroom';
import { classroomStore, useClassroomStore } from '../../store/classroom/classroomStore';
import { BilingualParagraph } from '../shared/BilingualParagraph';
import { BilingualText } from '../shared/BilingualText';
import { useShownLanguages } from '../shared/useShownLanguages';
import './KeyMapDialog.css';
import { useModalDialog } from '../shared/useModalDialog';

/** The `?` dialog: every key the page answers, the same in every view. */
export function KeyMapDialog() {
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const open = useClassroomStore((state) => state.keyMapOpen);
  const [language] = useShownLanguages();
  useModalDialog(dialog, open);
  return (
    <dialog
      ref={dialog}
      className="app-dialog key-map"
      aria-labelledby={titleId}
      // Esc closes a modal dialog by itself; the store hears of it here.
      onClose={() => classroomStore.getState().showKeyMap(false)}
    >
      {/* Drawn only while open: the page stays as light as before until someone asks. */}
      {open && (
        <>
          {/* The close button first: showModal focuses it, and the list opens at its top. */}
          <div className="key-map-head">
            <h2 id={titleId}>
              <BilingualText text={classroomText.keyMapTitle} stacked />
            </h2>
            <button type="button" className="action-button" onClick={() => classroomStore.getState().showKeyMap(false)}>
              <BilingualText text={classroomText.close} />
            </button>
          </div>
          <table>
            <thead>
              <tr>
                <th scope="col">{classroomText.keyColumn[language]}</th>
                <th scope="col">{classroomText.doesColumn[language]}</th>
              </tr>
            </thead>
            <tbody>
              {keyMapRows.map((row) => (
                <tr key={row.keys.join()}>
                  <th scope="row">
                    {row.keys.map((key) => (
                      // Key caps are printed in English (Home, Esc), except the space bar, which has no name on it.
                      <kbd key={key}>{key === 'Space' ? classroomText.spaceKey[language] : key}</kbd>
                    ))}
                  </th>
                  <td>
                    <BilingualText text={row.does} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <BilingualParagraph className="key-map-note" text={classroomText.keyMapNote} />
        </>
      )}
    </dialog>
  );
}
