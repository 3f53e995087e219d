/**
 * The alternative a team would pick: an @neo4j/graphql server generated from type definitions equivalent
 * to ours for actors, over the same database, served by Apollo Server over HTTP like ours.
 */
import type { AddressInfo } from 'node:net';

import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j, { type Driver } from 'neo4j-driver';

import type { Neo4jConfig } from '../../server/src/config';

const typeDefs = /* GraphQL */ `
  type Actor @node {
    id: ID!
    name: String!
    altNames: [String!]
    acronym: String
    sector: String!
    level: String!
    influence: Int!
    description: String
    website: String
    sensitive: Boolean!
    illustrative: Boolean
    version: Int
    basedIn: [Country!]! @relationship(type: "BASED_IN", direction: OUT, properties: "Link")
    operatesIn: [Country!]! @relationship(type: "OPERATES_IN", direction: OUT, properties: "Link")
    memberships: [Group!]! @relationship(type: "MEMBER_OF", direction: OUT, properties: "Membership")
    interests: [Theme!]! @relationship(type: "INTERESTED_IN", direction: OUT, properties: "Interest")
    collaborators: [Actor!]!
      @relationship(type: "COLLABORATES_WITH", direction: OUT, queryDirection: UNDIRECTED, properties: "Collaboration")
    activities: [Activity!]! @relationship(type: "PARTICIPATED_IN", direction: OUT, properties: "Participation")
  }
  type Country @node {
    id: ID!
    name: String!
  }
  type Group @node {
    id: ID!
    name: String!
    acronym: String
    kind: String
  }
  type Theme @node {
    id: ID!
    name: String!
  }
  type Activity @node {
    id: ID!
    name: String!
    type: String
    date: Date
  }
  type Link @relationshipProperties {
    source: String
    recordedAt: Date
    confidence: String
  }
  type Membership @relationshipProperties {
    role: String
    since: Int
    source: String
    recordedAt: Date
    confidence: String
  }
  type Interest @relationshipProperties {
    position: String
    priority: Int
    source: String
    recordedAt: Date
    confidence: String
  }
  type Collaboration @relationshipProperties {
    kind: String
    since: Int
    source: String
    recordedAt: Date
    confidence: String
  }
  type Participation @relationshipProperties {
    role: String
    source: String
    recordedAt: Date
    confidence: String
  }
`;

const PROV = 'source recordedAt confidence';

/** actor(id) with its details, the same fields as our ACTOR selection. */
export const NEO4J_GRAPHQL_ACTOR = `query Actor($id: ID!) {
  actors(where: { id: { eq: $id }, sensitive: { eq: false } }) {
    id name altNames acronym sector level influence description website sensitive illustrative version
    basedInConnection { edges { properties { ${PROV} } node { id name } } }
    operatesInConnection { edges { properties { ${PROV} } node { id name } } }
    membershipsConnection(sort: [{ node: { name: ASC } }]) { edges { properties { role since ${PROV} } node { id kind name acronym } } }
    interestsConnection(sort: [{ edge: { priority: DESC } }]) { edges { properties { position priority ${PROV} } node { id name } } }
    collaboratorsConnection(where: { node: { sensitive: { eq: false } } }, sort: [{ node: { name: ASC } }]) {
      edges { properties { kind since ${PROV} } node { id name acronym sector } } }
    activitiesConnection { edges { properties { role ${PROV} } node { id name type date } } }
  }
}`;

/** A page of actors based or operating in one country, in one sector, ordered by name, with the total. */
export const NEO4J_GRAPHQL_ACTORS = `query Actors($country: ID!, $sector: String!, $first: Int!) {
  actorsConnection(
    first: $first
    sort: [{ name: ASC }, { id: ASC }]
    where: {
      sensitive: { eq: false }
      sector: { eq: $sector }
      OR: [{ basedIn: { some: { id: { eq: $country } } } }, { operatesIn: { some: { id: { eq: $country } } } }]
    }
  ) {
    totalCount
    edges { node { id name acronym sector level influence } }
    pageInfo { endCursor hasNextPage }
  }
}`;

export interface Neo4jGraphqlServer {
  url: string;
  close(): Promise<void>;
}

export async function startNeo4jGraphqlServer(config: Neo4jConfig): Promise<Neo4jGraphqlServer> {
  const auth = config.username ? neo4j.auth.basic(config.username, config.password) : undefined;
  const driver: Driver = neo4j.driver(config.uri, auth);
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const apollo = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(apollo, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async () => ({ sessionConfig: { database: config.database } }),
  });
  void ({} as AddressInfo);
  return {
    url,
    close: async () => {
      await apollo.stop();
      await driver.close();
    },
  };
}
