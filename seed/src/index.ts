export type * from './types';
export {
  illustrativeDataset,
  ILLUSTRATIVE_LABEL,
  THEME_IDS,
  GROUP_IDS,
  COLLABORATION_KINDS,
  type ThemeId,
  type GroupId,
  type CollaborationKind,
} from './illustrative';
export {
  generateSyntheticDataset,
  batches,
  SYNTHETIC_LABEL,
  DEFAULT_SYNTHETIC_SEED,
  type SyntheticOptions,
} from './synthetic';
export { validateDataset, isIsoDate } from './validate';
