import { useTranslation } from 'react-i18next';
import type { Coding } from '../../../shared/coding.js';
import './codes.css';

/** The codes of a need, goal or effort where a plan is read: each code with its display; nothing without codes. */
export function CodeList({ codes, label }: { codes: Coding[]; label?: string }) {
  const { t } = useTranslation();
  if (codes.length === 0) return null;
  return (
    <ul className="code-list" aria-label={label ?? t('codes.view.codes')}>
      {codes.map((code) => (
        <li key={`${code.system}|${code.code}`}>
          <span className="code-chip-code">{code.code}</span> {code.display}
        </li>
      ))}
    </ul>
  );
}
