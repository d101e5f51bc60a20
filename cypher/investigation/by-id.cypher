// One investigation, or no row.
MATCH (i:Investigation {id: $id})
RETURN
// @include investigation/_projection
AS investigation
