/** Create or edit a theme: its name and description, with the actor form's conventions (errors at once, CONFLICT). */
import './catalogue.css';

import {
  changedKeys,
  EMPTY_THEME_FORM,
  themeFormFrom,
  themeInputFrom,
  themePatchFrom,
  type ThemeFormValues,
} from '../../core/catalogueForm';
import type { CreateThemeInput, ThemeFragment as Theme, ThemePatch } from '../../data/generated/graphql';
import { Field, FormMessage } from './FormParts';
import { useVersionedForm } from './useVersionedForm';

export interface ThemeFormProps {
  /** The theme being edited; absent to create one. */
  theme?: Theme;
  create(input: CreateThemeInput): Promise<Theme>;
  update(id: string, version: number, patch: ThemePatch): Promise<Theme>;
  reload(id: string): Promise<Theme | null>;
  onDone(theme: Theme): void;
  onCancel(): void;
}

export function ThemeForm(props: ThemeFormProps) {
  const { theme } = props;
  const form = useVersionedForm<ThemeFormValues, Theme>({
    initial: theme ? themeFormFrom(theme) : EMPTY_THEME_FORM,
    version: theme?.version ?? 0,
    noun: 'theme',
    toValues: themeFormFrom,
    versionOf: (t) => t.version,
    save: (v, original, version) =>
      theme ? props.update(theme.id, version, themePatchFrom(original, v)) : props.create(themeInputFrom(v)),
    latest: theme ? () => props.reload(theme.id) : undefined,
    onDone: props.onDone,
  });
  const { values, set, errors, conflict } = form;
  const changed = conflict ? changedKeys(form.original, conflict.theirs) : [];
  const theirs = (key: keyof ThemeFormValues) => (conflict && changed.includes(key) ? conflict.theirs[key] : undefined);
  const describedBy = (name: keyof ThemeFormValues) => (errors[name] ? `theme-${name}-error` : undefined);

  return (
    <form
      className="actor-form catalogue-form"
      onSubmit={(e) => void form.submit(e)}
      aria-labelledby="theme-form-title"
      noValidate
    >
      <h2 id="theme-form-title">{theme ? `Edit ${theme.name}` : 'New theme'}</h2>
      <FormMessage errors={errors} conflict={conflict} onTakeTheirs={form.takeTheirs} />
      <Field id="theme-name" label="Name" error={errors.name} theirs={theirs('name')}>
        <input
          id="theme-name"
          value={values.name}
          aria-invalid={!!errors.name}
          aria-describedby={describedBy('name')}
          onChange={(e) => set('name', e.target.value)}
        />
      </Field>
      <Field id="theme-description" label="Description" error={errors.description} theirs={theirs('description')}>
        <textarea
          id="theme-description"
          rows={4}
          value={values.description}
          aria-invalid={!!errors.description}
          aria-describedby={describedBy('description')}
          onChange={(e) => set('description', e.target.value)}
        />
      </Field>
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
