/** Jingzhun planning. */
module org.jingzhun.planning {
  requires transitive org.jingzhun.core;
}
