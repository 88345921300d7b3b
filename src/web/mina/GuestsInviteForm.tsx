import { useMutation } from '@tanstack/react-query';
import { useForm, useWatch, type DefaultValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  guestKinds,
  guestScopes,
  newGuestBody,
  personGuestKinds,
  type GuestKind,
  type GuestScope,
  type GuestUnit,
  type GuestView,
} from '../../shared/api/guests.js';
import { personGuestRoutes } from '../../shared/api/personGuestRoutes.js';
import { api } from '../api/client.js';
import { RadioGroup, SelectField, TextField } from '../components/shared/fields.js';
import { useSchemaResolver } from '../components/shared/formSchema.js';
import { StepForm } from '../components/shared/StepForm.js';

/**
 * The invitation as its form holds it, every field as typed: a person is sent with their identity number and no
 * unit, an organisation with its unit and no number, and an empty number of days as none (the county's longest).
 * A field asked for but left empty stays empty, so the body's own schema asks for it with the rest.
 */
const inviteForm = z
  .object({
    kind: z.custom<GuestKind>(),
    name: z.string(),
    idNumber: z.string(),
    unitId: z.string(),
    email: z.string(),
    scope: z.custom<GuestScope>(),
    days: z.string(),
  })
  .transform(({ kind, idNumber, unitId, days, ...rest }): z.input<typeof newGuestBody> => ({
    ...rest,
    kind,
    idNumber: isPerson(kind) ? idNumber : undefined,
    unitId: isOrganisation(kind) ? unitId : undefined,
    days: days.trim() === '' ? undefined : Number(days),
  }))
  .pipe(newGuestBody);

/** Nothing chosen yet: the kind and the scope are radio buttons none of which is ticked. */
type InviteInput = z.input<typeof inviteForm>;
type InviteBody = z.output<typeof inviteForm>;

const empty: DefaultValues<InviteInput> = {
  name: '',
  idNumber: '',
  unitId: '',
  email: '',
  days: '',
};

/** A kind chosen (the form holds null before), and whether it is a person or an organisation. */
function isPerson(kind: GuestKind | null | undefined): boolean {
  return kind != null && personGuestKinds.has(kind);
}

function isOrganisation(kind: GuestKind | null | undefined): boolean {
  return kind != null && !personGuestKinds.has(kind);
}

/**
 * Inviting a guest: who (a relative or god man/förvaltare by identity number, a school, Försäkringskassan or
 * Arbetsförmedlingen by their unit), where the link is mailed, what they may see and for how many days.
 */
export function GuestsInviteForm({
  sipId,
  units,
  onInvited,
}: {
  sipId: string;
  units: GuestUnit[];
  onInvited: (guest: GuestView) => void;
}) {
  const { t } = useTranslation();
  const form = useForm<InviteInput, unknown, InviteBody>({
    resolver: useSchemaResolver(inviteForm, {
      unitId: t('case.form.choose'),
      idNumber: t('minaMore.guests.idNumberMissing'),
    }),
    defaultValues: empty,
  });
  const invite = useMutation({
    mutationFn: (body: InviteBody) => api.call(personGuestRoutes.invite, { params: { id: sipId }, body }),
    onSuccess: (guest) => {
      form.reset(empty);
      onInvited(guest);
    },
  });
  const kind = useWatch({ control: form.control, name: 'kind' });

  return (
    <StepForm
      form={form}
      action={invite}
      className="guests-invite-form"
      label={t('minaMore.guests.invite')}
      pendingLabel={t('minaMore.guests.inviting')}
    >
      <RadioGroup
        id="guest-kind"
        legend={t('minaMore.guests.kind')}
        options={guestKinds.map((value) => ({ value, label: t(`minaMore.guests.kinds.${value}`) }))}
        field={form.register('kind')}
      />
      <TextField
        id="guest-name"
        label={isOrganisation(kind) ? t('minaMore.guests.nameOrganisation') : t('minaMore.guests.name')}
        autoComplete="off"
        field={form.register('name')}
      />
      {isPerson(kind) && (
        <TextField
          id="guest-id-number"
          label={t('minaMore.guests.idNumber')}
          hint={t('minaMore.guests.idNumberHint')}
          field={form.register('idNumber')}
        />
      )}
      {isOrganisation(kind) && (
        <SelectField
          id="guest-unit"
          label={t('minaMore.guests.unit')}
          hint={t('minaMore.guests.unitHint')}
          placeholder={t('minaMore.guests.unitChoose')}
          options={units.map((unit) => ({ value: unit.id, label: `${unit.name}, ${unit.organisationName}` }))}
          field={form.register('unitId')}
        />
      )}
      <TextField
        id="guest-email"
        type="email"
        label={t('minaMore.guests.email')}
        hint={t('minaMore.guests.emailHint')}
        autoComplete="off"
        field={form.register('email')}
      />
      <RadioGroup
        id="guest-scope"
        legend={t('minaMore.guests.scope')}
        options={guestScopes.map((value) => ({ value, label: t(`minaMore.guests.scopes.${value}`) }))}
        field={form.register('scope')}
      />
      <TextField
        id="guest-days"
        label={t('minaMore.guests.days')}
        hint={t('minaMore.guests.daysHint')}
        field={form.register('days')}
        className="guests-days"
      />
    </StepForm>
  );
}
