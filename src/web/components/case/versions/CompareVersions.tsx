import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../shared/fields.js';
import type { UnitInfo } from '../units.js';
import { VersionDiff } from './VersionDiff.js';

/** Chooses two versions and shows what changed between them. */
export function CompareVersions({
  sipId,
  versions,
  units,
  organisationName,
}: {
  sipId: string;
  versions: number[];
  units: Map<string, UnitInfo>;
  organisationName: (id: string) => string;
}) {
  const { t } = useTranslation();
  const latest = versions[versions.length - 1] ?? 1;
  const [from, setFrom] = useState(String(versions[versions.length - 2] ?? latest));
  const [to, setTo] = useState(String(latest));
  const [shown, setShown] = useState<{ from: number; to: number } | null>(null);
  const options = versions.map((version) => ({
    value: String(version),
    label: t('case.versions.versionN', { version }),
  }));

  function submit(event: FormEvent) {
    event.preventDefault();
    setShown({ from: Number(from), to: Number(to) });
  }

  return (
    <div className="subpanel">
      <h3>{t('case.versions.compareTitle')}</h3>
      <form onSubmit={submit} className="compare-form">
        <SelectField
          id="compare-from"
          label={t('case.versions.from')}
          value={from}
          onChange={setFrom}
          options={options}
        />
        <SelectField
          id="compare-to"
          label={t('case.versions.to')}
          value={to}
          onChange={setTo}
          options={options}
        />
        <button type="submit" className="button-secondary">
          {t('case.versions.compare')}
        </button>
      </form>
      {shown && (
        <VersionDiff
          sipId={sipId}
          from={shown.from}
          to={shown.to}
          units={units}
          organisationName={organisationName}
        />
      )}
    </div>
  );
}
