/**
 * An embedded view (/embed/<id>): one saved map, read-only and without the page's chrome, for a report or a
 * website. It shows what the server sends an embed (only what the public may see, whoever the reader is), its
 * title, when its data was read, how much of it is drawn, and the legend. A click on a node lights its links.
 */
import './embed.css';

import { useMemo, useState } from 'react';

import { Legend, legendContent } from '../../components/Legend';
import { fetchEmbeddedView } from '../../data/embeds';
import { useQuery } from '../../data/useQuery';
import { GraphView } from '../../graph/GraphView';

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

export function EmbedPage({ id }: { id: string }) {
  const view = useQuery(`embed:${id}`, () => fetchEmbeddedView(id));
  const [selected, setSelected] = useState<string | null>(null);
  const graph = view.data?.graph ?? null;
  const legend = useMemo(() => legendContent(graph ?? { nodes: [], edges: [] }), [graph]);
  const context = useMemo(() => new Set<string>(), []);
  const drawn = graph?.nodes.filter((n) => n.kind === 'ACTOR').length ?? 0;

  if (view.error) {
    return (
      <main className="embed embed-missing" data-testid="embed-missing">
        <p role="alert">This view is not available for embedding.</p>
      </main>
    );
  }
  return (
    <main className="embed" data-testid="embed">
      <header className="embed-head">
        <h1 data-testid="embed-title">{view.data?.name ?? 'Loading…'}</h1>
        {view.data && (
          <p className="muted" data-testid="embed-caption">
            {view.data.mode === 'LIVE' || !view.data.dataAt
              ? `Live data, read ${when(new Date().toISOString())}`
              : `Data as frozen on ${when(view.data.dataAt)}`}{' '}
            ·{' '}
            {drawn === view.data.total
              ? `${drawn.toLocaleString('en')} actors`
              : `${drawn.toLocaleString('en')} of ${view.data.total.toLocaleString('en')} actors, the most influential`}{' '}
            · public information only · Reform Atlas
          </p>
        )}
        {view.data?.description && <p className="embed-description">{view.data.description}</p>}
      </header>
      <div className="graph-area embed-graph">
        <GraphView
          graph={graph}
          layout="fcose"
          layoutKey={`embed:${id}`}
          matching={null}
          context={context}
          mode="dim"
          selected={selected}
          path={null}
          expandedFrom={[]}
          onSelect={setSelected}
        />
        <div className="embed-legend">
          <Legend present={legend} grouping={null} />
        </div>
      </div>
    </main>
  );
}
