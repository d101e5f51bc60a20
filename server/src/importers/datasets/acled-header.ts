/**
 * The columns of an ACLED export (the 2023 layout, 31 columns), in order. Only the layout is here;
 * ACLED data itself is never part of the project (its terms forbid redistribution).
 */
export const ACLED_HEADER =
  `event_id_cnty event_date year time_precision disorder_type event_type sub_event_type
actor1 assoc_actor_1 inter1 actor2 assoc_actor_2 inter2 interaction civilian_targeting iso region country admin1
admin2 admin3 location latitude longitude geo_precision source source_scale notes fatalities tags timestamp`.split(
    /\s+/,
  );
