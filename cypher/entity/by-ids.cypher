// Entities by id. Used by the per-request entity loader, so every resolver that needs an entity
// costs one batched round trip.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN
  // @include entity/_projection
