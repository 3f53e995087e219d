/** The words and glyphs the activity components share. */
import type { ParticipantRole } from '../../data/generated/graphql';
import { ROLE_LABELS } from './ParticipantEditor';

export { ACTIVITY_ENCODING, CONFIDENCE_LABELS } from '../../core/vocabulary';

/** The role's label, or the words recorded (an import's own) when it has no code. */
export function roleLabel(code: ParticipantRole | null | undefined, recorded: string | null | undefined): string {
  return code ? ROLE_LABELS[code] : recorded || 'role not recorded';
}
