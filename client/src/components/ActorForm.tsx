/**
 * Create or edit an actor. Server validation messages appear next to their field (extensions.field);
 * a CONFLICT keeps everything typed, shows what changed meanwhile and lets the user save on top.
 */
import { useState, type FormEvent, type ReactNode } from 'react';

import {
  changedFields,
  EMPTY_ACTOR_FORM,
  formFromActor,
  inputFromForm,
  patchFromForm,
  type ActorFormValues,
  type FormField,
} from '../core/actorForm';
import { validateValidity } from '../core/time/validity';
import { LEVEL_LABELS, LEVELS, SECTOR_ENCODING, SECTORS, type Level, type Sector } from '../core/vocabulary';
import { ApiError, fieldOf, withoutFieldPrefix } from '../data/client';
import type { ActorDetailsFragment as ActorDetails, CountryFragment as Country } from '../data/generated/graphql';
import { ValidityFields } from './time/ValidityFields';

export interface ActorFormProps {
  /** The actor being edited; absent to create one. */
  actor?: ActorDetails;
  countries: Country[];
  create(input: ReturnType<typeof inputFromForm>, source: string): Promise<ActorDetails>;
  update(id: string, version: number, patch: ReturnType<typeof patchFromForm>): Promise<ActorDetails>;
  reload(id: string): Promise<ActorDetails>;
  onDone(actor: ActorDetails): void;
  onCancel(): void;
}

interface Conflict {
  theirs: ActorFormValues;
  version: number;
}

export function ActorForm(props: ActorFormProps) {
  const { actor, countries } = props;
  const [original] = useState<ActorFormValues>(() => (actor ? formFromActor(actor) : EMPTY_ACTOR_FORM));
  const [values, setValues] = useState<ActorFormValues>(original);
  const [version, setVersion] = useState(actor?.version ?? 0);
  const [source, setSource] = useState('');
  const [errors, setErrors] = useState<Partial<Record<FormField | 'form', string>>>({});
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [busy, setBusy] = useState(false);

  const set = <K extends FormField>(key: K, value: ActorFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    // Days are checked here first: every invalid one is named at once, and nothing is sent (core/time/validity.ts).
    const days = validateValidity(values, { validFrom: 'On the map from', validTo: 'On the map until' });
    if (Object.keys(days).length > 0) {
      setErrors(days);
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      const saved = actor
        ? await props.update(actor.id, version, patchFromForm(original, values))
        : await props.create(inputFromForm(values), source.trim());
      props.onDone(saved);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.code === 'CONFLICT' && actor) {
        const latest = await props.reload(actor.id).catch(() => null);
        if (latest) {
          setConflict({ theirs: formFromActor(latest), version: latest.version });
          setVersion(latest.version);
        }
        setErrors({ form: 'Someone else saved this actor while you were editing it.' });
      } else {
        const next: Partial<Record<FormField | 'form', string>> = {};
        for (const fe of error.errors) {
          const field = fieldOf(fe) as FormField | null;
          if (field && field in values) next[field] = withoutFieldPrefix(fe.message);
          else next.form = next.form ? `${next.form} ${fe.message}` : fe.message;
        }
        setErrors(next);
      }
    } finally {
      setBusy(false);
    }
  };

  const theirsDiffer = conflict ? changedFields(original, conflict.theirs) : [];
  const field = (name: FormField, label: string, control: ReactNode) => (
    <div className={errors[name] ? 'field invalid' : 'field'}>
      <label htmlFor={`actor-${name}`}>{label}</label>
      {control}
      {errors[name] && (
        <p className="field-error" id={`actor-${name}-error`} role="alert">
          {errors[name]}
        </p>
      )}
      {conflict && theirsDiffer.includes(name) && (
        <p className="field-conflict">
          Changed meanwhile to: <strong>{String(conflict.theirs[name]) || '(empty)'}</strong>
        </p>
      )}
    </div>
  );
  const describedBy = (name: FormField) => (errors[name] ? `actor-${name}-error` : undefined);

  return (
    <form className="actor-form" onSubmit={(e) => void submit(e)} aria-labelledby="actor-form-title" noValidate>
      <h2 id="actor-form-title">{actor ? `Edit ${actor.name}` : 'New actor'}</h2>
      {errors.form && (
        <div className="form-error" role="alert" data-testid="form-error">
          <p>{errors.form}</p>
          {conflict && (
            <p>
              Nothing you typed is lost. Their changes are shown under each field they touched. Press
              <strong> Save</strong> again to apply your changes on top of version {conflict.version}, or Cancel to keep
              theirs.
            </p>
          )}
        </div>
      )}
      {field(
        'name',
        'Name',
        <input
          id="actor-name"
          value={values.name}
          aria-invalid={!!errors.name}
          aria-describedby={describedBy('name')}
          onChange={(e) => set('name', e.target.value)}
        />,
      )}
      {field(
        'acronym',
        'Acronym',
        <input
          id="actor-acronym"
          value={values.acronym}
          aria-describedby={describedBy('acronym')}
          onChange={(e) => set('acronym', e.target.value)}
        />,
      )}
      {field(
        'altNames',
        'Other names (one per line; local scripts welcome)',
        <textarea
          id="actor-altNames"
          rows={2}
          lang="und"
          value={values.altNames}
          aria-describedby={describedBy('altNames')}
          onChange={(e) => set('altNames', e.target.value)}
        />,
      )}
      <div className="field-row">
        {field(
          'sector',
          'Sector',
          <select id="actor-sector" value={values.sector} onChange={(e) => set('sector', e.target.value as Sector)}>
            {SECTORS.map((s) => (
              <option key={s} value={s}>
                {SECTOR_ENCODING[s].label}
              </option>
            ))}
          </select>,
        )}
        {field(
          'level',
          'Level',
          <select id="actor-level" value={values.level} onChange={(e) => set('level', e.target.value as Level)}>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {LEVEL_LABELS[l]}
              </option>
            ))}
          </select>,
        )}
        {field(
          'influence',
          'Influence (1–5)',
          <input
            id="actor-influence"
            type="number"
            min={1}
            max={5}
            value={values.influence}
            aria-invalid={!!errors.influence}
            aria-describedby={describedBy('influence')}
            onChange={(e) => set('influence', e.target.value)}
          />,
        )}
      </div>
      {field(
        'basedIn',
        'Based in',
        <select
          id="actor-basedIn"
          value={values.basedIn}
          aria-describedby={describedBy('basedIn')}
          onChange={(e) => set('basedIn', e.target.value)}
        >
          <option value="">—</option>
          {countries.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>,
      )}
      <div className="field">
        <label className="inline sensitive-choice">
          <input
            id="actor-sensitive"
            type="checkbox"
            checked={values.sensitive}
            aria-describedby="actor-sensitive-hint"
            onChange={(e) => set('sensitive', e.target.checked)}
          />{' '}
          Sensitive
        </label>
        <p className="muted" id="actor-sensitive-hint">
          Only analysts and administrators see a sensitive actor, its links and its name; for everyone else it is not on
          the map, in counts, searches or exports.
        </p>
        {conflict && theirsDiffer.includes('sensitive') && (
          <p className="field-conflict">
            Changed meanwhile to: <strong>{conflict.theirs.sensitive ? 'sensitive' : 'not sensitive'}</strong>
          </p>
        )}
      </div>
      <fieldset className="field">
        <legend>Operates in</legend>
        {countries.map((c) => (
          <label key={c.id} className="inline">
            <input
              type="checkbox"
              checked={values.operatesIn.includes(c.id)}
              onChange={() =>
                set(
                  'operatesIn',
                  values.operatesIn.includes(c.id)
                    ? values.operatesIn.filter((x) => x !== c.id)
                    : [...values.operatesIn, c.id],
                )
              }
            />{' '}
            {c.name}
          </label>
        ))}
        {errors.operatesIn && (
          <p className="field-error" role="alert">
            {errors.operatesIn}
          </p>
        )}
      </fieldset>
      {field(
        'description',
        'Description',
        <textarea
          id="actor-description"
          rows={3}
          value={values.description}
          onChange={(e) => set('description', e.target.value)}
        />,
      )}
      {field(
        'website',
        'Website',
        <input
          id="actor-website"
          value={values.website}
          aria-invalid={!!errors.website}
          aria-describedby={describedBy('website')}
          onChange={(e) => set('website', e.target.value)}
        />,
      )}
      <ValidityFields
        name="actor"
        value={values}
        onChange={(v) => setValues((old) => ({ ...old, validFrom: v.validFrom, validTo: v.validTo }))}
        errors={{ validFrom: errors.validFrom, validTo: errors.validTo }}
        fromLabel="On the map from"
        toLabel="On the map until (empty while active)"
      />
      {!actor && (
        <div className="field">
          <label htmlFor="actor-source">Source of this record (workshop, interview, document)</label>
          <input id="actor-source" value={source} onChange={(e) => setSource(e.target.value)} />
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save'}
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
