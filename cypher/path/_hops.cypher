// The hops of a chain `nodeIds`: per consecutive pair, every link between them that passes the
// filter (parallel links differ in type or dates), so a node sequence is one path.
[i IN range(0, size(nodeIds) - 2) |
  [(:Entity {id: nodeIds[i]})-[r]-(:Entity {id: nodeIds[i + 1]}) WHERE
    // @include relation/_passes-filter
    | r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}]
] AS hops
