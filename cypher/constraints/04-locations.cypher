// Where attacks and places are (`location`, a WGS-84 point written by edit/upsert-entities from
// `latitude`/`longitude`): the point indexes serve AttackFilter.within (point.withinBBox) and
// near (point.distance).
CREATE POINT INDEX attack_location IF NOT EXISTS FOR (a:Attack) ON (a.location);
CREATE POINT INDEX place_location IF NOT EXISTS FOR (p:Place) ON (p.location);
