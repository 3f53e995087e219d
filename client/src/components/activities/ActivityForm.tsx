/**
 * Create or edit an activity: type, title, first and last day, status, where it is held, themes, description and
 * outcomes. The catalogue forms' conventions (useVersionedForm): every invalid field named beside it at once from the
 * server's extensions.fields, and a CONFLICT that keeps what was typed and shows what the other person saved.
 */
import {
  activityFormFrom,
  activityInputFrom,
  activityPatchFrom,
  ACTIVITY_STATUSES,
  changedActivityKeys,
  EMPTY_ACTIVITY_FORM,
  type ActivityFormValues,
} from '../../core/activities/activityState';
import { ACTIVITY_TYPE_LABELS, ACTIVITY_TYPES, type ActivityType } from '../../core/vocabulary';
import type { ActivityItem } from '../../data/activities';
import type { ActivityPatch, ActivityStatus, CreateActivityInput } from '../../data/generated/graphql';
import { Field, FormMessage } from '../catalogue/FormParts';
import { useVersionedForm, type FormErrors } from '../catalogue/useVersionedForm';
import { TextField } from '../TextField';

export const STATUS_LABELS: Record<ActivityStatus, string> = {
  PLANNED: 'Planned',
  HELD: 'Held',
  CANCELLED: 'Cancelled',
};

export interface ActivityFormProps {
  /** The activity being edited; absent to record a new one. */
  activity?: ActivityItem;
  countries: Array<{ id: string; name: string }>;
  themes: Array<{ id: string; name: string }>;
  create(input: CreateActivityInput): Promise<ActivityItem>;
  update(id: string, version: number, patch: ActivityPatch): Promise<ActivityItem>;
  reload(id: string): Promise<ActivityItem | null>;
  onDone(activity: ActivityItem): void;
  onCancel(): void;
}

/**
 * The type is an enum the API checks before its own validation runs, so a missing type is said here, with the other
 * fields a missing type would otherwise keep the server from naming.
 */
export function checkActivity(v: ActivityFormValues): FormErrors<ActivityFormValues> {
  if (v.type) return {};
  const errors: FormErrors<ActivityFormValues> = { type: 'Choose the kind of activity' };
  if (!v.name.trim()) errors.name = 'Must not be empty';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.date)) errors.date = 'Must be a date';
  if (!v.country) errors.country = 'Choose where it is held';
  return errors;
}

const toggled = (list: string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);

export function ActivityForm(props: ActivityFormProps) {
  const { activity, countries, themes } = props;
  const form = useVersionedForm<ActivityFormValues, ActivityItem>({
    initial: activity ? activityFormFrom(activity) : EMPTY_ACTIVITY_FORM,
    version: activity?.version ?? 0,
    noun: 'activity',
    toValues: activityFormFrom,
    versionOf: (a) => a.version,
    check: checkActivity,
    save: (v, original, version) =>
      activity
        ? props.update(activity.id, version, activityPatchFrom(original, v))
        : props.create(activityInputFrom(v)),
    latest: activity ? () => props.reload(activity.id) : undefined,
    onDone: props.onDone,
  });
  const { values, set, errors, conflict } = form;
  const changed = conflict ? changedActivityKeys(form.original, conflict.theirs) : [];
  const theirs = (key: keyof ActivityFormValues, words: (v: ActivityFormValues) => string) =>
    conflict && changed.includes(key) ? words(conflict.theirs) : undefined;
  const described = (name: keyof ActivityFormValues) => (errors[name] ? `activity-${name}-error` : undefined);
  const nameOf = (list: Array<{ id: string; name: string }>, id: string) => list.find((x) => x.id === id)?.name ?? id;

  return (
    <form
      className="actor-form catalogue-form activity-form"
      onSubmit={(e) => void form.submit(e)}
      aria-labelledby="activity-form-title"
      noValidate
      data-testid="activity-form"
    >
      <h2 id="activity-form-title">{activity ? `Edit ${activity.name}` : 'New activity'}</h2>
      <FormMessage errors={errors} conflict={conflict} onTakeTheirs={form.takeTheirs} />
      <Field id="activity-name" label="Title" error={errors.name} theirs={theirs('name', (v) => v.name)}>
        <TextField
          id="activity-name"
          value={values.name}
          aria-invalid={!!errors.name}
          aria-describedby={described('name')}
          onValueChange={(text) => set('name', text)}
        />
      </Field>
      <div className="field-row">
        <Field
          id="activity-type"
          label="Type"
          error={errors.type}
          theirs={theirs('type', (v) => (v.type ? ACTIVITY_TYPE_LABELS[v.type] : ''))}
        >
          <select
            id="activity-type"
            value={values.type}
            aria-invalid={!!errors.type}
            aria-describedby={described('type')}
            onChange={(e) => set('type', e.target.value as ActivityType | '')}
          >
            <option value="">Choose…</option>
            {ACTIVITY_TYPES.map((t) => (
              <option key={t} value={t}>
                {ACTIVITY_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id="activity-status"
          label="Status"
          error={errors.status}
          theirs={theirs('status', (v) => (v.status ? STATUS_LABELS[v.status] : ''))}
        >
          <select
            id="activity-status"
            value={values.status}
            aria-describedby={described('status')}
            onChange={(e) => set('status', e.target.value as ActivityStatus | '')}
          >
            <option value="">{activity ? 'As it is' : 'From its dates'}</option>
            {ACTIVITY_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="field-row">
        <Field id="activity-date" label="First day" error={errors.date} theirs={theirs('date', (v) => v.date)}>
          <input
            id="activity-date"
            type="date"
            value={values.date}
            aria-invalid={!!errors.date}
            aria-describedby={described('date')}
            onChange={(e) => set('date', e.target.value)}
          />
        </Field>
        <Field
          id="activity-endDate"
          label="Last day (if not the same)"
          error={errors.endDate}
          theirs={theirs('endDate', (v) => v.endDate)}
        >
          <input
            id="activity-endDate"
            type="date"
            value={values.endDate}
            aria-invalid={!!errors.endDate}
            aria-describedby={described('endDate')}
            onChange={(e) => set('endDate', e.target.value)}
          />
        </Field>
      </div>
      <Field
        id="activity-country"
        label="Held in"
        error={errors.country}
        theirs={theirs('country', (v) => nameOf(countries, v.country))}
      >
        <select
          id="activity-country"
          value={values.country}
          aria-invalid={!!errors.country}
          aria-describedby={described('country')}
          onChange={(e) => set('country', e.target.value)}
        >
          <option value="">Choose…</option>
          {countries.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </Field>
      <fieldset className="field">
        <legend>Themes</legend>
        <div className="choice-list">
          {themes.map((t) => (
            <label key={t.id} className="inline">
              <input
                type="checkbox"
                checked={values.themes.includes(t.id)}
                onChange={() => set('themes', toggled(values.themes, t.id))}
              />{' '}
              {t.name}
            </label>
          ))}
        </div>
        {errors.themes && (
          <p className="field-error" role="alert">
            {errors.themes}
          </p>
        )}
        {conflict && changed.includes('themes') && (
          <p className="field-conflict">
            Changed meanwhile to:{' '}
            <strong>{conflict.theirs.themes.map((id) => nameOf(themes, id)).join(', ') || '(none)'}</strong>
          </p>
        )}
      </fieldset>
      <Field
        id="activity-description"
        label="Description"
        error={errors.description}
        theirs={theirs('description', (v) => v.description)}
      >
        <textarea
          id="activity-description"
          rows={3}
          value={values.description}
          aria-invalid={!!errors.description}
          aria-describedby={described('description')}
          onChange={(e) => set('description', e.target.value)}
        />
      </Field>
      <Field
        id="activity-outcomes"
        label="Outcomes"
        error={errors.outcomes}
        theirs={theirs('outcomes', (v) => v.outcomes)}
      >
        <textarea
          id="activity-outcomes"
          rows={3}
          value={values.outcomes}
          aria-invalid={!!errors.outcomes}
          aria-describedby={described('outcomes')}
          onChange={(e) => set('outcomes', e.target.value)}
        />
      </Field>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={form.busy}>
          {form.busy ? 'Saving…' : activity ? 'Save' : 'Record activity'}
        </button>
        <button type="button" onClick={props.onCancel} disabled={form.busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
