// Stores a new version of an investigation claimed (and locked) by investigation/claim.cypher.
MATCH (i:Investigation {id: $id})
SET i.name = $name, i.notes = $notes, i.state = $state, i.version = $version,
  i.updatedAt = $now, i.updatedBy = $editor
RETURN
// @include investigation/_projection
AS investigation
