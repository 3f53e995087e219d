"""Reads a GraphML or GEXF export with networkx's own readers and prints, as JSON, what the test compares.

Usage: read_graph.py FILE.graphml|FILE.gexf
"""

import json
import sys

import networkx as nx


def main(path: str) -> None:
    graph = nx.read_graphml(path) if path.endswith(".graphml") else nx.read_gexf(path)
    edges = sorted(
        [str(u), str(v), str(data.get("relation", "")), data.get("mutual") is True]
        for u, v, data in graph.edges(data=True)
    )
    print(
        json.dumps(
            {
                "networkx": nx.__version__,
                "directed": graph.is_directed(),
                "multigraph": graph.is_multigraph(),
                "nodes": graph.number_of_nodes(),
                "edges": graph.number_of_edges(),
                "nodeIds": sorted(str(n) for n in graph.nodes),
                "edgeList": edges,
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1])
