import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { diffQuery } from '../../../../shared/api/requests.js';
import { SelectField } from '../../shared/fields.js';
import { useSchemaResolver } from '../../shared/formSchema.js';
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
  // The choice is the form's; the pair compared is what was last asked for, until another is.
  const form = useForm({
    resolver: useSchemaResolver(diffQuery),
    defaultValues: { from: String(versions[versions.length - 2] ?? latest), to: String(latest) },
  });
  const [shown, setShown] = useState<z.output<typeof diffQuery> | null>(null);
  const options = versions.map((version) => ({
    value: String(version),
    label: t('case.versions.versionN', { version }),
  }));

  return (
    <div className="subpanel">
      <h3>{t('case.versions.compareTitle')}</h3>
      <form onSubmit={(event) => void form.handleSubmit(setShown)(event)} className="compare-form">
        <SelectField
          id="compare-from"
          label={t('case.versions.from')}
          field={form.register('from')}
          options={options}
        />
        <SelectField
          id="compare-to"
          label={t('case.versions.to')}
          field={form.register('to')}
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
