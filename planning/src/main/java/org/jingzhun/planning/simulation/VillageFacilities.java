package org.jingzhun.planning.simulation;

import org.jingzhun.core.place.Village;

/** The facilities of a village as projects build them during a run (mutable, one per village). */
final class VillageFacilities {
  boolean road;
  boolean power;
  boolean water;
  boolean clinic;
  boolean broadband;

  VillageFacilities(Village v) {
    road = v.hardenedRoad();
    power = v.electricity();
    water = v.safeWater();
    clinic = v.clinic();
    broadband = v.broadband();
  }

  /** {@code v} with these facilities. */
  Village applyTo(Village v) {
    return Village.builder().from(v).hardenedRoad(road).electricity(power).safeWater(water).clinic(clinic)
        .broadband(broadband).build();
  }
}
