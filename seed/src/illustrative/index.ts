/**
 * The illustrative dataset: hand-written, fictional reform actors of the Mekong region. It is meant
 * to make the explorer meaningful in demos and tests; it is not a real mapping and names no real
 * organisation.
 */
import type { SeedDataset } from '../types';
import { activities } from './activities';
import { khActors } from './actors-kh';
import { laActors } from './actors-la';
import { mmActors } from './actors-mm';
import { regionalActors } from './actors-regional';
import { thActors } from './actors-th';
import { vnActors } from './actors-vn';
import { collaborations } from './collaborations';
import { countries } from './countries';
import { groups } from './groups';
import { dateHistory, phases } from './history';
import { themes } from './themes';

export const ILLUSTRATIVE_LABEL = 'Illustrative data — fictional organisations, not a real mapping';

/** The actor files and links hold the map as it stands today; history.ts dates them and adds what changed. */
const dated = dateHistory({
  actors: [...khActors, ...laActors, ...mmActors, ...vnActors, ...thActors, ...regionalActors],
  collaborations,
  activities,
});

export const illustrativeDataset: SeedDataset = {
  label: ILLUSTRATIVE_LABEL,
  countries,
  themes,
  groups,
  ...dated,
  phases,
};

export { THEME_IDS, type ThemeId } from './themes';
export { GROUP_IDS, type GroupId } from './groups';
export { COLLABORATION_KINDS, type CollaborationKind } from './helpers';
