/** The explorer's forms for networks, coalitions and themes: new ones from the top bar, edits from their details. */
import { GroupForm } from '../../components/catalogue/GroupForm';
import { ThemeForm } from '../../components/catalogue/ThemeForm';
import * as edits from '../../data/catalogueEdits';
import type { NodeKind } from '../../data/generated/graphql';
import { refreshData } from '../../data/refresh';
import type { Explorer } from './useExplorer';

export const CATALOGUE_PANELS = ['new-network', 'new-coalition', 'new-theme', 'edit-group', 'edit-theme'] as const;
export type CataloguePanel = (typeof CATALOGUE_PANELS)[number];

export function isCataloguePanel(panel: string): panel is CataloguePanel {
  return (CATALOGUE_PANELS as readonly string[]).includes(panel);
}

export function CatalogueEditor({ x, panel, onClose }: { x: Explorer; panel: CataloguePanel; onClose(): void }) {
  const catalogue = x.data.catalogue.data;
  const node = x.selectedNode;
  // A saved item is drawn (placed beside the map if it is not there) and selected.
  const done = (id: string, label: string, kind: NodeKind, prefix: 'group' | 'theme') => {
    refreshData();
    onClose();
    x.open({ id: `${prefix}:${id}`, entityId: id, label, matched: null, kind, detail: null });
  };

  if (panel === 'new-theme' || panel === 'edit-theme') {
    const theme = panel === 'edit-theme' ? catalogue?.themes.find((t) => t.id === node?.entityId) : undefined;
    if (panel === 'edit-theme' && !theme) return null;
    return (
      <ThemeForm
        key={theme ? `edit-${theme.id}` : 'new'}
        theme={theme}
        create={edits.createTheme}
        update={edits.updateTheme}
        reload={edits.fetchTheme}
        onDone={(t) => done(t.id, t.name, 'THEME', 'theme')}
        onCancel={onClose}
      />
    );
  }
  const group = panel === 'edit-group' ? catalogue?.groups.find((g) => g.id === node?.entityId) : undefined;
  if (panel === 'edit-group' && !group) return null;
  return (
    <GroupForm
      key={group ? `edit-${group.id}` : panel}
      kind={group?.kind ?? (panel === 'new-network' ? 'NETWORK' : 'COALITION')}
      group={group}
      countries={catalogue?.countries ?? []}
      themes={catalogue?.themes ?? []}
      create={edits.createGroup}
      update={edits.updateGroup}
      reload={edits.fetchGroup}
      onDone={(g) => done(g.id, g.name, g.kind, 'group')}
      onCancel={onClose}
    />
  );
}
