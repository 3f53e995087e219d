/**
 * Create or edit a network or coalition: name, acronym, description, the year it was founded, the countries it is
 * active in and the themes it focuses on. Conventions as the actor form's (every invalid field at once; a CONFLICT
 * keeps what was typed and shows theirs).
 */
import './catalogue.css';

import {
  changedKeys,
  EMPTY_GROUP_FORM,
  groupFormFrom,
  groupInputFrom,
  groupPatchFrom,
  yearOf,
  type GroupFormValues,
} from '../../core/catalogueForm';
import type {
  CountryFragment as Country,
  CreateGroupInput,
  GroupFragment as Group,
  GroupPatch,
  ThemeFragment as Theme,
} from '../../data/generated/graphql';
import { Field, FormMessage } from './FormParts';
import { useVersionedForm } from './useVersionedForm';

export interface GroupFormProps {
  kind: Group['kind'];
  /** The group being edited; absent to create one. */
  group?: Group;
  countries: Country[];
  themes: Theme[];
  create(input: CreateGroupInput): Promise<Group>;
  update(id: string, version: number, patch: GroupPatch): Promise<Group>;
  /** The group as it is now (null when deleted meanwhile). */
  reload(id: string): Promise<Group | null>;
  onDone(group: Group): void;
  onCancel(): void;
}

/** What someone else set a list field to meanwhile (nothing when they left it alone). */
function TheirList({ words }: { words: string | undefined }) {
  return words === undefined ? null : (
    <p className="field-conflict">
      Changed meanwhile to: <strong>{words || '(none)'}</strong>
    </p>
  );
}

const toggled = (list: string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);

export function GroupForm(props: GroupFormProps) {
  const { group, countries, themes } = props;
  const noun = props.kind === 'NETWORK' ? 'network' : 'coalition';
  const form = useVersionedForm<GroupFormValues, Group>({
    initial: group ? groupFormFrom(group) : EMPTY_GROUP_FORM,
    version: group?.version ?? 0,
    noun,
    toValues: groupFormFrom,
    versionOf: (g) => g.version,
    check: (v) => (yearOf(v.founded) === undefined ? { founded: 'Must be a year, such as 2004' } : {}),
    save: (v, original, version) =>
      group
        ? props.update(group.id, version, groupPatchFrom(original, v))
        : props.create({ kind: props.kind, ...groupInputFrom(v) }),
    latest: group ? () => props.reload(group.id) : undefined,
    onDone: props.onDone,
  });
  const { values, set, errors, conflict } = form;
  const changed = conflict ? changedKeys(form.original, conflict.theirs) : [];
  const theirs = (key: keyof GroupFormValues, words: (v: GroupFormValues) => string) =>
    conflict && changed.includes(key) ? words(conflict.theirs) : undefined;
  const names = (ids: string[], list: Array<{ id: string; name: string }>) =>
    ids.map((id) => list.find((x) => x.id === id)?.name ?? id).join(', ');
  const describedBy = (name: keyof GroupFormValues) => (errors[name] ? `group-${name}-error` : undefined);
  const title = group ? `Edit ${group.name}` : `New ${noun}`;

  return (
    <form
      className="actor-form catalogue-form"
      onSubmit={(e) => void form.submit(e)}
      aria-labelledby="group-form-title"
      noValidate
    >
      <h2 id="group-form-title">{title}</h2>
      <FormMessage errors={errors} conflict={conflict} onTakeTheirs={form.takeTheirs} />
      <Field id="group-name" label="Name" error={errors.name} theirs={theirs('name', (v) => v.name)}>
        <input
          id="group-name"
          value={values.name}
          aria-invalid={!!errors.name}
          aria-describedby={describedBy('name')}
          onChange={(e) => set('name', e.target.value)}
        />
      </Field>
      <div className="field-row">
        <Field id="group-acronym" label="Acronym" error={errors.acronym} theirs={theirs('acronym', (v) => v.acronym)}>
          <input
            id="group-acronym"
            value={values.acronym}
            aria-invalid={!!errors.acronym}
            aria-describedby={describedBy('acronym')}
            onChange={(e) => set('acronym', e.target.value)}
          />
        </Field>
        <Field
          id="group-founded"
          label="Founded (year)"
          error={errors.founded}
          theirs={theirs('founded', (v) => v.founded)}
        >
          <input
            id="group-founded"
            inputMode="numeric"
            value={values.founded}
            aria-invalid={!!errors.founded}
            aria-describedby={describedBy('founded')}
            onChange={(e) => set('founded', e.target.value)}
          />
        </Field>
      </div>
      <Field
        id="group-description"
        label="Description"
        error={errors.description}
        theirs={theirs('description', (v) => v.description)}
      >
        <textarea
          id="group-description"
          rows={3}
          value={values.description}
          aria-invalid={!!errors.description}
          aria-describedby={describedBy('description')}
          onChange={(e) => set('description', e.target.value)}
        />
      </Field>
      <fieldset className="field">
        <legend>Active in</legend>
        {countries.map((c) => (
          <label key={c.id} className="inline">
            <input
              type="checkbox"
              checked={values.activeIn.includes(c.id)}
              onChange={() => set('activeIn', toggled(values.activeIn, c.id))}
            />{' '}
            {c.name}
          </label>
        ))}
        {errors.activeIn && (
          <p className="field-error" role="alert">
            {errors.activeIn}
          </p>
        )}
        <TheirList words={theirs('activeIn', (v) => names(v.activeIn, countries))} />
      </fieldset>
      <fieldset className="field theme-choices">
        <legend>Focus themes</legend>
        <div className="choice-list">
          {themes.map((t) => (
            <label key={t.id} className="inline">
              <input
                type="checkbox"
                checked={values.focusThemes.includes(t.id)}
                onChange={() => set('focusThemes', toggled(values.focusThemes, t.id))}
              />{' '}
              {t.name}
            </label>
          ))}
        </div>
        {errors.focusThemes && (
          <p className="field-error" role="alert">
            {errors.focusThemes}
          </p>
        )}
        <TheirList words={theirs('focusThemes', (v) => names(v.focusThemes, themes))} />
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={form.busy}>
          {form.busy ? 'Saving…' : 'Save'}
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
