/** What GraphiQL opens with: the questions analysts ask, runnable against the seed graph. */
export const GRAPHIQL_EXAMPLES = `# ActorGraph — example queries (pick one with the ▶ menu)

# Find an actor by any spelling: ISKP, IS-K, "islamic state khorasan"…
query Search {
  search(text: "ISKP") { id kind name aliases }
}

# How is Tehreek-e-Taliban Pakistan connected to IS-K, and on what evidence?
query TraceTtpToIsk {
  shortestPath(from: "ttp", to: "is-k") {
    length
    relations { type status from { name } to { name } evidence { quote source { title publisher date } } }
  }
  paths(from: "ttp", to: "is-k", maxHops: 3, first: 5, excludeStatuses: ["alleged"]) {
    length nodes { name }
  }
}

# Who surrounds IS-K?
query AroundIsk {
  neighborhood(id: "is-k", depth: 1) { nodes { id kind name } relations { type from { id } to { id } status } }
}

# Which attacks were claimed or suspected, and do the sources agree on the toll?
query Attacks {
  attacks(filter: { groupIds: ["is-k"], stateIds: ["afghanistan"], from: "2021", to: "2025" }, first: 10) {
    totalCount
    edges { node { name date place { name } perpetrators { actor { name } type status }
      casualtyReports { killed wounded qualifier quote source { title duplicateOf { source { title } similarity } } } } }
  }
}

# Which attacks targeted the Hazara or Shia communities, and who is behind them?
query AttacksOnCommunities {
  attacks(filter: { targetIds: ["hazara", "shia-muslims"] }, first: 20) {
    totalCount
    edges { node { name date place { name } perpetrators { actor { name } type status } } }
  }
}

query Overview {
  counts { kinds { kind count } relationTypes { type count } }
  ranking(by: BETWEENNESS, first: 5) { entity { name } degree betweenness }
  timeline(filter: { groupIds: ["is-k"] }) { month group { name } attacks killed }
}
`;
