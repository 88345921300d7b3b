import { useTranslation } from 'react-i18next';
import { BlankCheck, BlankLines } from './BlankLines.js';

/** The invitation letter on paper, with a slip to answer on: for calling a meeting while Samplan is down. */
export function BlankInvitation() {
  const { t: i } = useTranslation('translation', { keyPrefix: 'reserve.invitation' });
  return (
    <article className="print-document">
      <h1>{i('title')}</h1>
      <div className="print-pairs">
        <BlankLines label={i('to')} />
        <BlankLines label={i('from')} />
      </div>
      <BlankLines label={i('about')} />
      <div className="print-pairs">
        <BlankLines label={i('when')} />
        <BlankLines label={i('where')} />
      </div>
      <BlankLines label={i('why')} lines={3} />
      <div className="print-pairs">
        <BlankLines label={i('answerBy')} />
        <BlankLines label={i('answerHow')} />
      </div>
      <p className="print-note">{i('obliged')}</p>
      <section className="print-section">
        <h2>{i('answer')}</h2>
        <BlankCheck label={i('accept')} />
        <BlankLines label="" />
        <BlankCheck label={i('decline')} />
        <BlankLines label="" />
      </section>
    </article>
  );
}
