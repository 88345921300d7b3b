import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { codeSystemRoutes, type CodeFound } from '../../../shared/api/codeSystemRoutes.js';
import type { Coding } from '../../../shared/coding.js';
import { api, worthRetrying } from '../../api/client.js';
import './codes.css';

/** How long typing must pause before the codes are searched: one request per word, not per letter. */
const typingPause = 250;

const sameCode = (a: Pick<Coding, 'system' | 'code'>, b: Pick<Coding, 'system' | 'code'>) =>
  a.system === b.system && a.code === b.code;

/**
 * The codes beside a need, goal or effort: the chosen ones as chips, each removable, and a combobox to add one
 * by searching code or words as one types (the WAI-ARIA combobox pattern: arrows move, Enter chooses, Escape
 * closes). Codes are never required: the free text stays what the plan says.
 */
export function CodePicker({
  value,
  onChange,
  context,
}: {
  value: Coding[];
  onChange: (codes: Coding[]) => void;
  /** What the codes classify ("Mål 1"), so each picker's label is told apart from the others. */
  context: string;
}) {
  const { t } = useTranslation();
  const inputId = useId();
  const listId = useId();
  const hintId = useId();
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [said, setSaid] = useState('');

  useEffect(() => {
    const timer = setTimeout(() => setQuery(typed.trim()), typingPause);
    return () => clearTimeout(timer);
  }, [typed]);

  const search = useQuery({
    queryKey: ['codes', query],
    queryFn: () => api.call(codeSystemRoutes.search, { query: { q: query } }),
    enabled: query.length > 0,
    retry: worthRetrying,
    staleTime: 60_000,
  });
  const found = (search.data?.codes ?? []).filter((code) => !value.some((chosen) => sameCode(chosen, code)));
  const showing = open && query.length > 0;

  function choose(code: CodeFound) {
    onChange([...value, { system: code.system, code: code.code, display: code.display }]);
    setSaid(t('codes.editor.added', { code: code.code }));
    setTyped('');
    setQuery('');
    setOpen(false);
    setActive(0);
  }

  function remove(code: Coding) {
    onChange(value.filter((chosen) => !sameCode(chosen, code)));
    setSaid(t('codes.editor.removed', { code: code.code }));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (found.length > 0) {
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((at) => (at + step + found.length) % found.length);
      }
    } else if (event.key === 'Enter') {
      // Enter chooses a code; it never submits the plan from here.
      event.preventDefault();
      const code = found[active];
      if (showing && code) choose(code);
    } else if (event.key === 'Escape' && showing) {
      event.preventDefault();
      setOpen(false);
    }
  }

  const status = !showing
    ? ''
    : search.isError
      ? t('codes.editor.failed')
      : search.isFetching || query !== typed.trim()
        ? t('codes.editor.searching')
        : found.length === 0
          ? t('codes.editor.noMatch')
          : t('codes.editor.found', { count: found.length });

  return (
    <div className="code-picker">
      {value.length > 0 && (
        <ul className="code-chips" aria-label={`${t('codes.editor.chosen')}: ${context}`}>
          {value.map((code) => (
            <li key={`${code.system}|${code.code}`} className="code-chip">
              <span className="code-chip-code">{code.code}</span> {code.display}
              <button
                type="button"
                className="code-chip-remove"
                aria-label={t('codes.editor.remove', { code: code.code, display: code.display })}
                onClick={() => remove(code)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={inputId}>
        {t('codes.editor.label')} <span className="visually-hidden">({context})</span>
      </label>
      <p id={hintId} className="hint">
        {t('codes.editor.hint')}
      </p>
      <div className="code-combobox">
        <input
          id={inputId}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={showing && found.length > 0}
          aria-controls={listId}
          aria-describedby={hintId}
          aria-activedescendant={showing && found[active] ? `${listId}-${active}` : undefined}
          value={typed}
          maxLength={100}
          onChange={(event) => {
            setTyped(event.target.value);
            setOpen(true);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={t('codes.editor.label')}
          hidden={!showing || found.length === 0}
        >
          {found.map((code, index) => (
            <li
              key={`${code.system}|${code.code}`}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'code-option active' : 'code-option'}
              // Chosen before the input's blur closes the list.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(code);
              }}
            >
              <span className="code-chip-code">{code.code}</span> {code.display}{' '}
              <span className="hint">{code.systemName}</span>
            </li>
          ))}
        </ul>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {status || said}
      </p>
    </div>
  );
}
