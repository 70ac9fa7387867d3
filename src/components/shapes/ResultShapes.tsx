import type { Bilingual } from '../../content/bilingual';
import { shapesOutputText, shapesParameterText } from '../../content/shapes/shapes';
import { isCellModule, moduleShapes } from '../../model';
import { pythonShape } from '../../store/pythonCode';
import { effectiveConfig } from '../../store/shapes/shapesSettings';
import { useShapesStore } from '../../store/shapes/shapesStore';
import { useShallow } from 'zustand/react/shallow';
import { BilingualParagraph } from '../shared/BilingualParagraph';
import { BilingualText } from '../shared/BilingualText';
import { withTerms } from '../shared/withTerms';

/** The shapes going into and out of one call: x, h0, c0, then out, h_n, c_n (h′, c′ for a cell). */
export function ResultShapes() {
  const settings = useShapesStore(useShallow((state) => ({ ...state })));
  const config = effectiveConfig(settings);
  const shapes = moduleShapes(settings.module, config, settings);
  const cell = isCellModule(settings.module);
  type Row = { name: string; shape: number[] | undefined; meaning: Bilingual };
  const row = (name: string, shape: number[] | undefined, meaning: Bilingual): Row => ({ name, shape, meaning });
  const rows = [
    row('x', shapes.input, shapesOutputText.inputRow),
    row('h0', shapes.h0, shapesOutputText.h0),
    row('c0', shapes.c0, shapesOutputText.c0),
    ...(cell
      ? [row('h', shapes.hN, shapesOutputText.cellH), row('c', shapes.cN, shapesOutputText.cellC)]
      : [
          row('out', shapes.output, shapesOutputText.out),
          row('h_n', shapes.hN, shapesOutputText.hN),
          row('c_n', shapes.cN, shapesOutputText.cN),
        ]),
  ].flatMap(({ name, shape, meaning }) => (shape ? [{ name, shape, meaning }] : []));
  const noteOf = (on: boolean, note: Bilingual) => (on && !cell ? [note] : []);
  const notes = [
    ...noteOf(config.batchFirst, shapesOutputText.batchFirst),
    ...noteOf(config.bidirectional, shapesOutputText.bidirectional),
    ...noteOf(config.projSize > 0, shapesOutputText.projection),
  ];
  return (
    <section id="results" data-section className="panel-card shapes-results" aria-labelledby="shapes-results">
      <h3 id="shapes-results">
        <BilingualText text={shapesOutputText.heading} />
      </h3>
      <table className="shapes-table">
        <thead>
          <tr>
            <th scope="col">
              <BilingualText text={shapesOutputText.tensor} />
            </th>
            <th scope="col">
              <BilingualText text={shapesParameterText.shape} />
            </th>
            <th scope="col">
              <BilingualText text={shapesOutputText.meaning} />
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ name, shape, meaning }) => (
            <tr key={name} data-tensor={name}>
              <th scope="row">
                <code>{name}</code>
              </th>
              <td>
                <code className="shape-value">{pythonShape(shape)}</code>
              </td>
              <td className="shapes-meaning">
                <BilingualText text={withTerms(meaning)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {notes.map((note) => (
        <BilingualParagraph key={note.en} text={note} />
      ))}
    </section>
  );
}
