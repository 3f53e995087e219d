/**
 * One entry of a capture session, large and keyboard-fast: the kind (a new actor, a position, a collaboration, a
 * membership) as radio buttons, then only that kind's fields; Enter captures it, and the next entry starts empty with
 * the focus back on its first field (a position or tie keeps its actor: a room goes on about the same one).
 */
import type { ReactNode } from 'react';

import { KIND_WORDS, type EntryDraft, type PickedActor } from '../../core/capture/captureDraft';
import {
  LEVEL_LABELS,
  LEVELS,
  POSITION_LABELS,
  POSITIONS,
  SECTOR_LABELS,
  SECTORS,
  type Level,
  type Position,
  type Sector,
} from '../../core/vocabulary';
import type { CaptureKind } from '../../data/generated/graphql';
import { SearchBox, type SearchOption } from '../SearchBox';
import { TextField } from '../TextField';

export interface EntryFormProps {
  draft: EntryDraft;
  onChange(draft: EntryDraft): void;
  onSubmit(): void;
  busy: boolean;
  errors: Record<string, string>;
  countries: Array<{ id: string; name: string }>;
  themes: Array<{ id: string; name: string }>;
  groups: Array<{ id: string; name: string; kind: string }>;
  findActors(text: string): Promise<SearchOption[]>;
  /** Changes on every capture, to clear the fields and put the focus back on the first one. */
  round: number;
}

const KINDS: CaptureKind[] = ['ACTOR', 'POSITION', 'COLLABORATION', 'MEMBERSHIP'];

function Field({ id, label, error, children }: { id: string; label: string; error?: string; children: ReactNode }) {
  return (
    <div className={error ? 'field invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children}
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function ActorPick(props: {
  id: string;
  label: string;
  value: PickedActor | null;
  error?: string;
  find(text: string): Promise<SearchOption[]>;
  onPick(actor: PickedActor | null): void;
}) {
  return (
    <div className={props.error ? 'field invalid' : 'field'} data-testid={props.id}>
      {props.value ? (
        <p className="capture-picked">
          <span className="muted">{props.label}:</span> <strong>{props.value.label}</strong>{' '}
          <button type="button" className="link" onClick={() => props.onPick(null)}>
            change
          </button>
        </p>
      ) : (
        <SearchBox
          label={props.label}
          placeholder="Type a name…"
          find={props.find}
          onPick={(o) => props.onPick({ id: o.entityId, label: o.label })}
          testId={`${props.id}-search`}
        />
      )}
      {props.error && (
        <p className="field-error" role="alert">
          {props.error}
        </p>
      )}
    </div>
  );
}

export function EntryForm(props: EntryFormProps) {
  const { draft: d, errors } = props;
  const set = <K extends keyof EntryDraft>(key: K, value: EntryDraft[K]) => props.onChange({ ...d, [key]: value });
  const actorFields = (
    <>
      <div className="capture-row">
        <Field id="capture-name" label="Name" error={errors.name}>
          <TextField
            key={`name-${props.round}`}
            id="capture-name"
            className="capture-big"
            value={d.name}
            onValueChange={(v) => set('name', v)}
            autoFocus
            aria-invalid={errors.name ? true : undefined}
          />
        </Field>
        <Field id="capture-local" label="Name in a local script (optional)" error={errors.localName}>
          <TextField
            key={`local-${props.round}`}
            id="capture-local"
            className="capture-big"
            value={d.localName}
            onValueChange={(v) => set('localName', v)}
          />
        </Field>
      </div>
      <div className="capture-row">
        <Field id="capture-acronym" label="Acronym" error={errors.acronym}>
          <TextField
            key={`acronym-${props.round}`}
            id="capture-acronym"
            value={d.acronym}
            onValueChange={(v) => set('acronym', v)}
          />
        </Field>
        <Field id="capture-sector" label="Sector" error={errors.sector}>
          <select id="capture-sector" value={d.sector} onChange={(e) => set('sector', e.target.value as Sector)}>
            <option value="">—</option>
            {SECTORS.map((s) => (
              <option key={s} value={s}>
                {SECTOR_LABELS[s]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="capture-level" label="Level" error={errors.level}>
          <select id="capture-level" value={d.level} onChange={(e) => set('level', e.target.value as Level)}>
            <option value="">—</option>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {LEVEL_LABELS[l]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="capture-based" label="Based in" error={errors.basedIn}>
          <select id="capture-based" value={d.basedIn} onChange={(e) => set('basedIn', e.target.value)}>
            <option value="">—</option>
            {props.countries.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
      </div>
    </>
  );
  const actorPick = (
    <ActorPick
      key={`actor-${props.round}-${d.actor?.id ?? ''}`}
      id="capture-actor"
      label="Actor"
      value={d.actor}
      error={errors.actor}
      find={props.findActors}
      onPick={(a) => set('actor', a)}
    />
  );
  return (
    <form
      className="capture-entry"
      aria-label="Entry"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
    >
      <fieldset className="capture-kinds">
        <legend>What was said</legend>
        {KINDS.map((k) => (
          <label key={k} className={d.kind === k ? 'capture-kind chosen' : 'capture-kind'}>
            <input
              type="radio"
              name="capture-kind"
              value={k}
              checked={d.kind === k}
              onChange={() => props.onChange({ ...d, kind: k })}
            />
            {KIND_WORDS[k]}
          </label>
        ))}
      </fieldset>
      {d.kind === 'ACTOR' && actorFields}
      {d.kind === 'POSITION' && (
        <div className="capture-row">
          {actorPick}
          <Field id="capture-theme" label="Theme" error={errors.themeId}>
            <select id="capture-theme" value={d.themeId} onChange={(e) => set('themeId', e.target.value)}>
              <option value="">—</option>
              {props.themes.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </Field>
          <Field id="capture-position" label="Position" error={errors.position}>
            <select
              id="capture-position"
              value={d.position}
              onChange={(e) => set('position', e.target.value as Position)}
            >
              {POSITIONS.map((p) => (
                <option key={p} value={p}>
                  {POSITION_LABELS[p]}
                </option>
              ))}
            </select>
          </Field>
          <Field id="capture-priority" label="Priority" error={errors.priority}>
            <select id="capture-priority" value={d.priority} onChange={(e) => set('priority', Number(e.target.value))}>
              <option value={1}>1 (low)</option>
              <option value={2}>2</option>
              <option value={3}>3 (high)</option>
            </select>
          </Field>
        </div>
      )}
      {d.kind === 'COLLABORATION' && (
        <div className="capture-row">
          {actorPick}
          <ActorPick
            key={`partner-${props.round}`}
            id="capture-partner"
            label="Works with"
            value={d.partner}
            error={errors.partner}
            find={props.findActors}
            onPick={(a) => set('partner', a)}
          />
          <Field id="capture-label" label="Kind (optional)" error={errors.label}>
            <TextField
              key={`kind-${props.round}`}
              id="capture-label"
              value={d.label}
              onValueChange={(v) => set('label', v)}
              placeholder="joint research, funding…"
            />
          </Field>
        </div>
      )}
      {d.kind === 'MEMBERSHIP' && (
        <div className="capture-row">
          {actorPick}
          <Field id="capture-group" label="Member of" error={errors.groupId}>
            <select id="capture-group" value={d.groupId} onChange={(e) => set('groupId', e.target.value)}>
              <option value="">—</option>
              {props.groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          </Field>
          <Field id="capture-label" label="Role (optional)" error={errors.label}>
            <TextField
              key={`role-${props.round}`}
              id="capture-label"
              value={d.label}
              onValueChange={(v) => set('label', v)}
              placeholder="member, observer…"
            />
          </Field>
        </div>
      )}
      <div className="capture-actions">
        <label className="inline sensitive-choice">
          <input type="checkbox" checked={d.sensitive} onChange={(e) => set('sensitive', e.target.checked)} />
          Sensitive (only analysts and administrators will see it)
        </label>
        <button type="submit" className="primary capture-submit" disabled={props.busy}>
          {props.busy ? 'Capturing…' : 'Capture entry'}
        </button>
      </div>
      {errors.form && (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      )}
    </form>
  );
}
