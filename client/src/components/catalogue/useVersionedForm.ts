/**
 * The state of a form that creates or edits a versioned record (a network, coalition or theme), with the actor
 * form's conventions: every invalid field named beside it at once (extensions.fields), and a CONFLICT that keeps what
 * was typed, shows what the other person changed and offers to save on top of their version or to reload theirs.
 */
import { useState, type FormEvent } from 'react';

import { ApiError, fieldOf, withoutFieldPrefix } from '../../data/client';

export type FormErrors<V> = Partial<Record<(keyof V & string) | 'form', string>>;

export interface Conflict<V> {
  theirs: V;
  version: number;
}

export interface VersionedFormOptions<V extends object, R> {
  initial: V;
  /** The version being edited (0 to create). */
  version: number;
  /** What the record is called in messages: "network", "theme". */
  noun: string;
  toValues(record: R): V;
  versionOf(record: R): number;
  /** Problems found before sending (a year that is not a number), beside their fields. */
  check?(values: V): FormErrors<V>;
  /** Creates, or saves what changed from `original` onto `version`. */
  save(values: V, original: V, version: number): Promise<R>;
  /** The record as it is now, after a CONFLICT (null: deleted meanwhile); absent when creating. */
  latest?(): Promise<R | null>;
  onDone(record: R): void;
}

export function useVersionedForm<V extends object, R>(options: VersionedFormOptions<V, R>) {
  const [original, setOriginal] = useState<V>(options.initial);
  const [values, setValues] = useState<V>(options.initial);
  const [version, setVersion] = useState(options.version);
  const [errors, setErrors] = useState<FormErrors<V>>({});
  const [conflict, setConflict] = useState<Conflict<V> | null>(null);
  const [busy, setBusy] = useState(false);

  const set = <K extends keyof V>(key: K, value: V[K]) => setValues((v) => ({ ...v, [key]: value }));

  const onConflict = async () => {
    const latest = options.latest ? await options.latest().catch(() => undefined) : undefined;
    if (latest === null) {
      setErrors({ form: `Someone else deleted this ${options.noun} while you were editing it.` } as FormErrors<V>);
      return;
    }
    if (latest !== undefined) {
      setConflict({ theirs: options.toValues(latest), version: options.versionOf(latest) });
      setVersion(options.versionOf(latest));
    }
    setErrors({ form: `Someone else saved this ${options.noun} while you were editing it.` } as FormErrors<V>);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const local = options.check?.(values) ?? {};
    if (Object.keys(local).length > 0) return setErrors(local);
    setBusy(true);
    setErrors({});
    try {
      options.onDone(await options.save(values, original, version));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.code === 'CONFLICT' && options.latest) return await onConflict();
      const next: Record<string, string> = {};
      for (const fe of error.errors) {
        const field = fieldOf(fe);
        if (field && field in values) next[field] = withoutFieldPrefix(fe.message);
        else next.form = next.form ? `${next.form} ${fe.message}` : fe.message;
      }
      setErrors(next as FormErrors<V>);
    } finally {
      setBusy(false);
    }
  };

  /** Drops what was typed and starts again from the other person's version. */
  const takeTheirs = () => {
    if (!conflict) return;
    setOriginal(conflict.theirs);
    setValues(conflict.theirs);
    setConflict(null);
    setErrors({});
  };

  return { original, values, set, errors, conflict, busy, submit, takeTheirs };
}
