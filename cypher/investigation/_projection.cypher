{
  id: i.id, name: i.name, notes: i.notes, state: i.state, version: i.version,
  createdAt: i.createdAt, createdBy: i.createdBy, updatedAt: i.updatedAt, updatedBy: i.updatedBy
}
