/**
 * Add or remove an actor's memberships, theme positions and collaborations, each new link recorded with its source,
 * date, confidence and, where it could put someone at risk, the sensitive flag.
 */
import { useState, type FormEvent, type ReactNode } from 'react';

import { validateValidity, validityInput, type ValidityDraft, type ValidityErrors } from '../core/time/validity';
import { POSITION_ENCODING, POSITIONS, type Position } from '../core/vocabulary';
import { ApiError, fieldOf } from '../data/client';
import type {
  ActorDetailsFragment as ActorDetails,
  Confidence,
  GroupFragment as Group,
  ThemeFragment as Theme,
} from '../data/generated/graphql';
import * as ops from '../data/operations';
import { ExistingLinks } from './ExistingLinks';
import { SearchBox, type SearchOption } from './SearchBox';
import { ValidityFields } from './time/ValidityFields';

export interface RelationsEditorProps {
  actor: ActorDetails;
  groups: Group[];
  themes: Theme[];
  /** Finds partners among every actor the caller may see (the server's suggestions), not only those drawn. */
  findActors(text: string): Promise<SearchOption[]>;
  onChanged(actor: ActorDetails): void;
}

type Errors = Record<string, string>;

function useMutation(onChanged: (a: ActorDetails) => void) {
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const run = async (key: string, action: () => Promise<ActorDetails>) => {
    setBusy(true);
    setErrors({});
    try {
      onChanged(await action());
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      const next: Errors = {};
      for (const fe of e.errors) next[`${key}.${fieldOf(fe) ?? 'form'}`] = fe.message;
      setErrors(next);
    } finally {
      setBusy(false);
    }
  };
  return { errors, busy, run };
}

function Err({ errors, name }: { errors: Errors; name: string }) {
  return errors[name] ? (
    <p className="field-error" role="alert">
      {errors[name]}
    </p>
  ) : null;
}

function Form({
  title,
  onSubmit,
  busy,
  children,
  errors,
  name,
}: {
  title: string;
  onSubmit(): void;
  busy: boolean;
  children: ReactNode;
  errors: Errors;
  name: string;
}) {
  return (
    <form
      className="relation-form"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        onSubmit();
      }}
      aria-label={title}
    >
      <h4>{title}</h4>
      {children}
      <Err errors={errors} name={`${name}.form`} />
      <button type="submit" disabled={busy}>
        Add
      </button>
    </form>
  );
}

export function RelationsEditor({ actor, groups, themes, findActors, onChanged }: RelationsEditorProps) {
  const { errors, busy, run } = useMutation(onChanged);
  const [group, setGroup] = useState('');
  const [role, setRole] = useState('member');
  const [theme, setTheme] = useState('');
  const [position, setPosition] = useState<Position>('SUPPORTS');
  const [priority, setPriority] = useState('2');
  const [partner, setPartner] = useState<SearchOption | null>(null);
  const [kind, setKind] = useState('');
  const [source, setSource] = useState('');
  const [recordedAt, setRecordedAt] = useState('');
  const [confidence, setConfidence] = useState<Confidence>('MEDIUM');
  const [sensitive, setSensitive] = useState(false);
  const prov: ops.LinkProvenance = { source, recordedAt: recordedAt || null, confidence, sensitive };
  // Each form's days (core/time/validity.ts), checked before anything is sent; the server's word joins them.
  const [days, setDays] = useState<Record<string, ValidityDraft>>({});
  const [dayErrors, setDayErrors] = useState<Record<string, ValidityErrors>>({});
  const draftOf = (key: string): ValidityDraft => days[key] ?? { validFrom: '', validTo: '' };
  const withDays = (key: string, action: (validity: ops.LinkValidity) => Promise<ActorDetails>) => {
    const found = validateValidity(draftOf(key));
    setDayErrors((e) => ({ ...e, [key]: found }));
    if (Object.keys(found).length === 0) void run(key, () => action(validityInput(draftOf(key))));
  };
  const validity = (key: string, fromLabel?: string) => (
    <ValidityFields
      name={key}
      value={draftOf(key)}
      onChange={(v) => setDays((d) => ({ ...d, [key]: v }))}
      errors={{
        validFrom: dayErrors[key]?.validFrom ?? errors[`${key}.validFrom`] ?? errors[`${key}.positionFrom`],
        validTo: dayErrors[key]?.validTo ?? errors[`${key}.validTo`],
      }}
      fromLabel={fromLabel}
    />
  );

  return (
    <section className="relations-editor" aria-labelledby="relations-title">
      <h3 id="relations-title">Edit links</h3>
      <fieldset className="link-provenance">
        <legend>New links are recorded with</legend>
        <div className="field">
          <label htmlFor="rel-source">Source</label>
          <input
            id="rel-source"
            value={source}
            onChange={(e) => setSource(e.target.value)}
            placeholder="e.g. Key informant interview, Mar 2015"
          />
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="rel-date">Date</label>
            <input id="rel-date" type="date" value={recordedAt} onChange={(e) => setRecordedAt(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="rel-confidence">Confidence</label>
            <select
              id="rel-confidence"
              value={confidence}
              onChange={(e) => setConfidence(e.target.value as Confidence)}
            >
              <option value="HIGH">High</option>
              <option value="MEDIUM">Medium</option>
              <option value="LOW">Low</option>
            </select>
          </div>
        </div>
        <label className="inline">
          <input type="checkbox" checked={sensitive} onChange={(e) => setSensitive(e.target.checked)} /> Sensitive link
          (only analysts and administrators see it)
        </label>
        <p className="muted">Without a source, a link is attributed to Reform Atlas; without a date, to today.</p>
        {/* A bad source or date is reported by whichever link it was sent with. */}
        {['membership', 'interest', 'collaboration'].map((key) => (
          <Err key={key} errors={errors} name={`${key}.provenance`} />
        ))}
      </fieldset>
      <Form
        title="Membership"
        name="membership"
        busy={busy}
        errors={errors}
        onSubmit={() => withDays('membership', (v) => ops.addMembership(actor.id, group, role, prov, v))}
      >
        <label>
          Network or coalition{' '}
          <select value={group} onChange={(e) => setGroup(e.target.value)} data-testid="membership-group">
            <option value="">Choose…</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name} ({g.kind === 'NETWORK' ? 'network' : 'coalition'})
              </option>
            ))}
          </select>
        </label>
        <Err errors={errors} name="membership.groupId" />
        <label>
          Role <input value={role} onChange={(e) => setRole(e.target.value)} />
        </label>
        {validity('membership')}
      </Form>
      <Form
        title="Position on a theme"
        name="interest"
        busy={busy}
        errors={errors}
        onSubmit={() =>
          withDays('interest', (v) => ops.setInterest(actor.id, theme, position, Number(priority), prov, v))
        }
      >
        <label>
          Theme{' '}
          <select value={theme} onChange={(e) => setTheme(e.target.value)}>
            <option value="">Choose…</option>
            {themes.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        <Err errors={errors} name="interest.themeId" />
        <label>
          Position{' '}
          <select value={position} onChange={(e) => setPosition(e.target.value as Position)}>
            {POSITIONS.map((p) => (
              <option key={p} value={p}>
                {POSITION_ENCODING[p].label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Priority{' '}
          <select value={priority} onChange={(e) => setPriority(e.target.value)}>
            <option value="1">1 (low)</option>
            <option value="2">2</option>
            <option value="3">3 (high)</option>
          </select>
        </label>
        <Err errors={errors} name="interest.priority" />
        {validity('interest', 'Position held from')}
      </Form>
      <Form
        title="Collaboration"
        name="collaboration"
        busy={busy}
        errors={errors}
        onSubmit={() =>
          withDays('collaboration', (v) => ops.addCollaboration(actor.id, partner?.entityId ?? '', kind, prov, v))
        }
      >
        {partner ? (
          <p className="path-end">
            <span className="muted">With:</span> <strong>{partner.label}</strong>{' '}
            <button
              type="button"
              className="link"
              onClick={() => setPartner(null)}
              aria-label="Change collaboration partner"
            >
              change
            </button>
          </p>
        ) : (
          <SearchBox
            label="With"
            placeholder="Type a name…"
            find={async (text) => (await findActors(text)).filter((o) => o.entityId !== actor.id)}
            onPick={setPartner}
            testId="collaboration-partner"
          />
        )}
        <Err errors={errors} name="collaboration.toId" />
        <label>
          Kind <input value={kind} onChange={(e) => setKind(e.target.value)} placeholder="joint research, funding…" />
        </label>
        {validity('collaboration')}
      </Form>
      <h4>Recorded links: confidence, or remove</h4>
      <ExistingLinks actor={actor} busy={busy} run={(key, action) => void run(key, action)} />
      <Err errors={errors} name="remove.form" />
    </section>
  );
}
