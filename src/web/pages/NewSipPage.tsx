import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { caseRoutes } from '../../shared/api/caseRoutes.js';
import { startRoutes } from '../../shared/api/startRoutes.js';
import { api } from '../api/client.js';
import { useMe } from '../api/session.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import { onlyShownFieldErrors, serverFieldError } from '../components/start/fieldErrors.js';
import { LookupResult } from '../components/start/LookupResult.js';
import { lookupFieldError } from '../components/start/lookupError.js';
import { NeedFields } from '../components/start/NeedFields.js';
import {
  emptyNeed,
  emptyPerson,
  fieldPaths,
  fieldProblems,
  shownFieldPaths,
  toCreateBody,
  type CreateSipBody,
  type NeedDraft,
  type PersonDraft,
} from '../components/start/newSipDraft.js';
import { organisationsOfMe } from '../components/start/organisationsOf.js';
import { PersonDetails } from '../components/start/PersonDetails.js';
import { PersonLookupForm } from '../components/start/PersonLookupForm.js';
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
  const [idNumber, setIdNumber] = useState('');
  const [reserve, setReserve] = useState(false);
  const [idMissing, setIdMissing] = useState(false);
  const [person, setPerson] = useState<PersonDraft>(emptyPerson);
  const [need, setNeed] = useState<NeedDraft>(() => emptyNeed(me?.activeUnitId ?? null));
  const [attempted, setAttempted] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);

  const register = usePopulationRegister(setPerson);
  const lookup = useMutation({
    mutationFn: () => api.call(startRoutes.lookUpPerson, { body: { idNumber: idNumber.trim(), reserve } }),
    // A person the unit does not know yet: their name and address come from the population register, if any.
    onSuccess: (result) => {
      if (!result.person && result.idKind !== 'reservnummer') register.ask(result.idNumber);
    },
  });
  const create = useMutation({
    mutationFn: (body: CreateSipBody) => api.call(caseRoutes.start, { body }),
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
  const problems = found && attempted ? fieldProblems(found, person, need) : [];

  function errorFor(path: string): string | undefined {
    const field = problems.find((name) => fieldPaths[name] === path);
    if (field) return t(`start.newSipPage.fieldProblems.${field}`);
    return serverFieldError(create.error, path);
  }

  const idError = idMissing
    ? t('start.newSipPage.idMissing')
    : (lookupFieldError(lookup.error) ??
      serverFieldError(create.error, 'body.person.idNumber', ['idNumber']));
  const lookupOtherError = lookup.error && !lookupFieldError(lookup.error) ? lookup.error : null;

  function changeIdentity(nextIdNumber: string, nextReserve: boolean) {
    setIdNumber(nextIdNumber);
    setReserve(nextReserve);
    setIdMissing(false);
    // A changed number is a different person: what was found for the old one no longer holds.
    if (lookup.data || lookup.error) lookup.reset();
    if (register.found) setPerson(emptyPerson);
    register.forget();
    if (create.error) create.reset();
  }

  function search() {
    if (!idNumber.trim()) {
      setIdMissing(true);
      document.getElementById('idNumber')?.focus();
      return;
    }
    lookup.mutate();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!found) return;
    setAttempted(true);
    const first = fieldProblems(found, person, need)[0];
    if (first) {
      document.getElementById(first)?.focus();
      return;
    }
    if (need.targetGroup === '') return;
    create.mutate(toCreateBody(found, reserve, person, { ...need, targetGroup: need.targetGroup }));
  }

  return (
    <div className="new-sip narrow-wide">
      <h1>{t('start.newSipPage.title')}</h1>
      <p className="lead">{t('start.newSipPage.intro')}</p>
      <p className="hint">{t('start.newSipPage.requiredNote')}</p>

      <section className="card" aria-labelledby="step1-heading">
        <h2 id="step1-heading">{t('start.newSipPage.step1')}</h2>
        <PersonLookupForm
          idNumber={idNumber}
          reserve={reserve}
          onIdNumberChange={(value) => changeIdentity(value, reserve)}
          onReserveChange={(value) => changeIdentity(idNumber, value)}
          onSearch={search}
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
        <form onSubmit={submit} noValidate>
          {!found.person && (
            <div className="card person-card">
              <PersonDetails
                register={register}
                onAskAgain={() => register.ask(found.idNumber)}
                person={person}
                onChange={setPerson}
                errorFor={errorFor}
              />
            </div>
          )}
          <section className="card" aria-labelledby="step2-heading">
            <h2 id="step2-heading">{t('start.newSipPage.step2')}</h2>
            <NeedFields
              need={need}
              onChange={setNeed}
              organisations={organisations.data ?? organisationsOfMe(me)}
              actingUnitId={me?.activeUnitId ?? null}
              errorFor={errorFor}
            />
            {problems.length > 0 || onlyShownFieldErrors(create.error, shownFieldPaths(found, need)) ? (
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
