import { useMutation } from '@tanstack/react-query';
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { childPictureMaxBytes, type ChildView } from '../../shared/api/personSide.js';
import { personRoutes } from '../../shared/api/personRoutes.js';
import { api } from '../api/client.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';

/** The types the server keeps; it reads the type from the bytes anyway, this only spares a wasted upload. */
const pictureTypes = ['image/png', 'image/jpeg'];

/** Why a chosen file cannot be sent, in the child's words, or null when it may go. */
export function pictureProblem(file: File, t: (key: 'wrongType' | 'tooBig', size: string) => string) {
  if (!pictureTypes.includes(file.type)) return t('wrongType', '');
  if (file.size > childPictureMaxBytes) return t('tooBig', megabytes(file.size));
  return null;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}

/** The file as a data: URL, which the server takes as base64 with its prefix. */
function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error()));
    reader.onerror = () => reject(reader.error ?? new Error());
    reader.readAsDataURL(file);
  });
}

/**
 * The child's picture or drawing: chosen, checked here for type and size with a clear message, then sent; shown
 * once kept, and removable.
 */
export function ChildViewPicture({
  sipId,
  current,
  onSaved,
}: {
  sipId: string;
  current: ChildView;
  onSaved: (saved: ChildView) => void;
}) {
  const { t } = useTranslation();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  const kept = (view: ChildView, message: string) => {
    onSaved(view);
    setSaid(message);
  };
  const upload = useMutation({
    mutationFn: async (file: File) => {
      let base64: string;
      try {
        base64 = await readAsDataUrl(file);
      } catch {
        throw new Error(t('minaMore.childView.pictureUnreadable'));
      }
      return api.call(personRoutes.saveChildPicture, { params: { id: sipId }, body: { base64 } });
    },
    onSuccess: (view) => kept(view, t('minaMore.childView.pictureUploaded')),
    onSettled: () => {
      // The same file chosen again after a refusal is a new choice.
      if (input.current) input.current.value = '';
    },
  });
  const remove = useMutation({
    mutationFn: () => api.call(personRoutes.removeChildPicture, { params: { id: sipId } }),
    onSuccess: (view) => kept(view, t('minaMore.childView.pictureRemoved')),
  });

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setSaid('');
    upload.reset();
    remove.reset();
    if (!file) return;
    const found = pictureProblem(file, (key, size) =>
      key === 'wrongType'
        ? t('minaMore.childView.pictureWrongType')
        : t('minaMore.childView.pictureTooBig', { size }),
    );
    setProblem(found);
    if (found) {
      event.target.value = '';
      return;
    }
    upload.mutate(file);
  };

  const busy = upload.isPending || remove.isPending;
  const errorId = `${inputId}-error`;
  return (
    <section className="card child-view-picture" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`}>{t('minaMore.childView.pictureHeading')}</h2>
      <p>{t('minaMore.childView.pictureIntro')}</p>
      {current.pictureUrl ? (
        <figure className="child-view-figure">
          <img key={current.updatedAt} src={current.pictureUrl} alt={t('minaMore.childView.pictureAlt')} />
        </figure>
      ) : (
        <p className="muted">{t('minaMore.childView.pictureNone')}</p>
      )}
      <div className="field child-view-file">
        <label htmlFor={inputId}>
          {current.pictureUrl
            ? t('minaMore.childView.pictureReplace')
            : t('minaMore.childView.pictureChoose')}
        </label>
        <span className="hint" id={`${inputId}-hint`}>
          {t('minaMore.childView.pictureHint')}
        </span>
        {problem && (
          <span className="field-error" id={errorId} role="alert">
            {problem}
          </span>
        )}
        <input
          ref={input}
          id={inputId}
          type="file"
          accept={pictureTypes.join(',')}
          disabled={busy}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${inputId}-hint ${errorId}` : `${inputId}-hint`}
          onChange={choose}
        />
      </div>
      <div className="child-view-progress" role="status">
        {upload.isPending && <progress aria-hidden="true" />}
        <span>{upload.isPending ? t('minaMore.childView.pictureUploading') : said}</span>
      </div>
      {current.pictureUrl && (
        <div className="actions">
          <button type="button" className="button-secondary" disabled={busy} onClick={() => remove.mutate()}>
            {remove.isPending
              ? t('minaMore.childView.pictureRemoving')
              : t('minaMore.childView.pictureRemove')}
          </button>
        </div>
      )}
      <ErrorMessage error={upload.error ?? remove.error} />
    </section>
  );
}
