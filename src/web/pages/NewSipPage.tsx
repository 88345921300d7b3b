import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { FormProvider, get, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { caseRoutes } from '../../shared/api/caseRoutes.js';
import { personLookupBody } from '../../shared/api/requests.js';
import { startRoutes } from '../../shared/api/startRoutes.js';
import { api } from '../api/client.js';
import { useMe } from '../api/session.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import { FormFieldErrors } from '../components/shared/fieldErrors.js';
import { useSchemaResolver } from '../components/shared/formSchema.js';
import { markRefusal } from '../components/shared/markRefusal.js';
import { onlyShownFieldErrors } from '../components/start/fieldErrors.js';
import { LookupResult } from '../components/start/LookupResult.js';
import { lookupFieldError } from '../components/start/lookupError.js';
import { NeedFields } from '../components/start/NeedFields.js';
import {
  newSipDefaults,
  newSipForm,
  noPersonDetails,
  shownFieldPaths,
  type NewSipBody,
  type NewSipInput,
} from '../components/start/newSipForm.js';
import { organisationsOfMe } from '../components/start/organisationsOf.js';
import { usePhoneMessages } from '../components/start/PersonContactFields.js';
import { PersonDetails } from '../components/start/PersonDetails.js';
import { PersonLookupForm, type PersonLookupBody } from '../components/start/PersonLookupForm.js';
import { usePopulationRegister } from '../components/start/usePopulationRegister.js';
import { startKey } from '../components/start/useStart.js';
import { useOrganisations } from '../components/start/useOrganisations.js';
import '../components/start/newSip.css';

/** A new SIP: find the person by identity number, then record the need. The number never enters the address. */
export function NewSipPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const organisations = useOrganisations();
  const resultRef = useRef<HTMLDivElement>(null);

  const lookupForm = useForm({
    resolver: useSchemaResolver(personLookupBody, { idNumber: t('start.newSipPage.idMissing') }),
    defaultValues: { idNumber: '', reserve: false },
  });
  const form = useForm<NewSipInput, unknown, NewSipBody>({
    resolver: useSchemaResolver(
      newSipForm,
      {
        'person.givenName': t('start.newSipPage.fieldProblems.givenName'),
        'person.familyName': t('start.newSipPage.fieldProblems.familyName'),
        'need.targetGroup': t('start.newSipPage.fieldProblems.targetGroup'),
        'need.description': t('start.newSipPage.fieldProblems.description'),
      },
      usePhoneMessages(),
    ),
    defaultValues: newSipDefaults(me?.activeUnitId ?? null),
    // The first wrong field in the form's order takes the focus (see `submit`), whenever each was shown.
    shouldFocusError: false,
  });
  const initiatorType = useWatch({ control: form.control, name: 'need.initiatorType' });

  const register = usePopulationRegister((person) =>
    form.setValue('person', { ...form.getValues('person'), ...person, phone: '' }),
  );
  const lookup = useMutation({
    mutationFn: (body: PersonLookupBody) => api.call(startRoutes.lookUpPerson, { body }),
    onSuccess: (result, { reserve }) => {
      // The person is sent with the number as the server read it, and as the unit knows them, if it does.
      const known = result.person;
      if (known) {
        const { givenName, familyName, address, phone, protectedIdentity } = known;
        const details = { givenName, familyName, address, phone, protectedIdentity };
        form.setValue('person', { idNumber: result.idNumber, reserve, ...details });
        return;
      }
      form.setValue('person.idNumber', result.idNumber);
      form.setValue('person.reserve', reserve);
      // A person the unit does not know yet: their name and address come from the population register, if any.
      if (result.idKind !== 'reservnummer') register.ask(result.idNumber);
    },
  });
  const create = useMutation({
    mutationFn: (body: NewSipBody) => api.call(caseRoutes.start, { body }),
    onSuccess: (sip) => {
      void queryClient.invalidateQueries({ queryKey: startKey });
      void navigate(`/sips/${sip.id}`);
    },
  });

  // The answer to a search appears further down; moving focus there tells every user what was found.
  useEffect(() => {
    if (lookup.data) resultRef.current?.focus();
  }, [lookup.data]);

  const found = lookup.data;
  const shownPaths = found ? shownFieldPaths(found, initiatorType) : [];
  const refusedShownFields = onlyShownFieldErrors(create.error, shownPaths);
  const incomplete = !create.error && Object.keys(form.formState.errors).length > 0;

  const idError =
    lookupForm.formState.errors.idNumber?.message ??
    lookupFieldError(lookup.error) ??
    form.formState.errors.person?.idNumber?.message;
  const lookupOtherError = lookup.error && !lookupFieldError(lookup.error) ? lookup.error : null;

  function changeIdentity() {
    lookupForm.clearErrors('idNumber');
    // A changed number is a different person: what was found for the old one no longer holds.
    if (register.found || found?.person) {
      form.setValue('person', { idNumber: '', reserve: false, ...noPersonDetails });
    }
    if (lookup.data || lookup.error) lookup.reset();
    register.forget();
    if (create.error) {
      create.reset();
      form.clearErrors();
    }
  }

  const submit = form.handleSubmit(
    async (body) => {
      try {
        await create.mutateAsync(body);
      } catch (error) {
        markRefusal(form, error, 'body.');
      }
    },
    (errors) => {
      create.reset();
      const first = shownPaths.find((path) => get(errors, path) !== undefined);
      if (first) form.setFocus(first);
    },
  );

  return (
    <div className="new-sip narrow-wide">
      <h1>{t('start.newSipPage.title')}</h1>
      <p className="lead">{t('start.newSipPage.intro')}</p>
      <p className="hint">{t('start.newSipPage.requiredNote')}</p>

      <section className="card" aria-labelledby="step1-heading">
        <h2 id="step1-heading">{t('start.newSipPage.step1')}</h2>
        <PersonLookupForm
          form={lookupForm}
          onIdentityChange={changeIdentity}
          onSearch={(body) => lookup.mutate(body)}
          searching={lookup.isPending}
          error={idError}
        />
        <ErrorMessage error={lookupOtherError} />
        {found && <LookupResult result={found} ref={resultRef} />}
        <p role="status" className="visually-hidden">
          {register.message ? t(`start.newSipPage.register.${register.message}`) : ''}
        </p>
      </section>

      {found ? (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <FormFieldErrors form={form} refusal={create.error} prefix="body.">
            <FormProvider {...form}>
              {!found.person && (
                <div className="card person-card">
                  <PersonDetails register={register} onAskAgain={() => register.ask(found.idNumber)} />
                </div>
              )}
              <section className="card" aria-labelledby="step2-heading">
                <h2 id="step2-heading">{t('start.newSipPage.step2')}</h2>
                <NeedFields
                  organisations={organisations.data ?? organisationsOfMe(me)}
                  actingUnitId={me?.activeUnitId ?? null}
                />
                {incomplete || refusedShownFields ? (
                  <p className="alert alert-error" role="alert">
                    {t('start.newSipPage.fixErrors')}
                  </p>
                ) : (
                  <ErrorMessage error={create.error} />
                )}
                <div className="actions">
                  <button
                    type="submit"
                    className="button-primary"
                    disabled={create.isPending || register.state === 'asking'}
                  >
                    {create.isPending ? t('start.newSipPage.submitting') : t('start.newSipPage.submit')}
                  </button>
                  <Link to="/" className="button-secondary button-link">
                    {t('start.newSipPage.cancel')}
                  </Link>
                </div>
                <p role="status" className="visually-hidden">
                  {create.isPending ? t('start.newSipPage.submitting') : ''}
                </p>
              </section>
            </FormProvider>
          </FormFieldErrors>
        </form>
      ) : (
        <section className="card step-waiting" aria-labelledby="step2-heading">
          <h2 id="step2-heading">{t('start.newSipPage.step2')}</h2>
          <p>{t('start.newSipPage.lookupFirst')}</p>
        </section>
      )}
    </div>
  );
}
