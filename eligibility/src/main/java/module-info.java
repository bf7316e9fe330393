/** Jingzhun eligibility. */
module org.jingzhun.eligibility {
  requires transitive org.jingzhun.core;
}
