import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

// The Markdown renderer is fetched when a routine text is first shown, which keeps it out of the first load.
const RoutineMarkdown = lazy(() =>
  import('./RoutineMarkdown.js').then((module) => ({ default: module.RoutineMarkdown })),
);

/** A routine text as its readers see it; its own headings start at `headingLevel`. */
export function RoutineText({ markdown, headingLevel }: { markdown: string; headingLevel: number }) {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
      <RoutineMarkdown markdown={markdown} headingLevel={headingLevel} />
    </Suspense>
  );
}
